from django.urls import path

from toezicht.api import fotos as api_fotos
from toezicht.api import views as api
from toezicht.views import app, controle, objecten, planning, programma

app_name = "toezicht"

urlpatterns = [
    # Offline app: everything under /toezicht/app/ so the service worker's scope covers it.
    path("app/", app.app_shell, name="app"),
    path("app/sw.js", app.service_worker, name="service-worker"),
    path("app/manifest.webmanifest", app.manifest, name="manifest"),
    path("api/dagplanning", api.dagplanning, name="api-dagplanning"),
    path("api/bevindingen", api.bevindingen, name="api-bevindingen"),
    path("api/controles/<int:pk>", api.controle_detail, name="api-controle"),
    path("api/controles/<int:pk>/afronden", api.afronden, name="api-afronden"),
    path("api/conflicten/<int:pk>/oplossen", api.conflict_oplossen, name="api-conflict-oplossen"),
    path("api/fotos", api_fotos.foto_registreren, name="api-fotos"),
    path("api/fotos/<uuid:client_id>", api_fotos.foto_deel, name="api-foto"),
    path("api/fotos/<uuid:client_id>/voltooien", api_fotos.foto_voltooien, name="api-foto-voltooien"),
    # Desktop screens
    path("objecten/", objecten.lijst, name="objecten"),
    path("objecten/nieuw/", objecten.nieuw, name="object-nieuw"),
    path("objecten/importeren/", objecten.importeren, name="objecten-importeren"),
    path("objecten/<int:pk>/", objecten.detail, name="object"),
    path("programma/", programma.overzicht, name="programma"),
    path("programma/<int:jaar>/", programma.detail, name="programma-jaar"),
    path("planning/", planning.planning, name="planning"),
    path("controles/nieuw/", controle.nieuw, name="controle-nieuw"),
    path("controles/<int:pk>/actie/", controle.actie, name="controle-actie"),
    path("fotos/<uuid:client_id>/", controle.foto, name="foto"),
]

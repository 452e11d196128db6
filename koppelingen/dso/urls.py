from django.urls import path

from ..swf import views as swf
from .views import intake, notificatie, tab

app_name = "dso"

urlpatterns = [
    path("", intake.lijst, name="intake"),
    path("berichten/<int:pk>/", intake.detail, name="intake-detail"),
    path("berichten/<int:pk>/xml/", intake.download_xml, name="intake-xml"),
    path("berichten/<int:pk>/opnieuw/", intake.opnieuw, name="intake-opnieuw"),
    path("berichten/<int:pk>/triage/", intake.triage, name="intake-triage"),
    path("api/notificaties/", notificatie.notificatie, name="notificatie"),
    path("zaak/<str:identificatie>/berichten/<int:pk>/xml/", tab.zaak_bericht_xml, name="zaak-bericht-xml"),
    path("zaak/<str:identificatie>/samenwerken/advies/", swf.adviesverzoek, name="swf-adviesverzoek"),
]

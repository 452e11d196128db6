from django.urls import path

from handhaving.views import overzicht, stappen, verzoek

app_name = "handhaving"

urlpatterns = [
    path("", overzicht.overzicht, name="overzicht"),
    path("nieuw/", overzicht.nieuw, name="nieuw"),
    path("voorstellen/<int:pk>/starten/", overzicht.start_uit_voorstel, name="voorstel-starten"),
    path("zaken/<str:identificatie>/stap/", stappen.stap, name="stap"),
    path("verzoeken/nieuw/", verzoek.nieuw, name="verzoek-nieuw"),
    path("verzoeken/<str:identificatie>/stap/", verzoek.stap, name="verzoek-stap"),
]

from django.urls import path

from .views import adressen, betrokkene, status, tab, verwerkingen

app_name = "basisregistraties"

urlpatterns = [
    path("", status.status_pagina, name="status"),
    path("<str:soort>/test/", status.test_verbinding, name="test-verbinding"),
    path("adressen/", adressen.op_postcode, name="adressen"),
    path("adressen/zoek", adressen.zoek, name="adressen-zoek"),
    path("verwerkingen/", verwerkingen.lijst, name="verwerkingen"),
    path("verwerkingen/export.csv", verwerkingen.export_csv, name="verwerkingen-export"),
    path("zaken/<str:identificatie>/betrokkene/", betrokkene.betrokkene_toevoegen, name="betrokkene-toevoegen"),
    path("zaken/<str:identificatie>/opnieuw/", tab.opnieuw_ophalen, name="opnieuw-ophalen"),
    path("zaken/<str:identificatie>/locatie/", tab.locatie_toevoegen, name="locatie-toevoegen"),
]

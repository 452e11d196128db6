from django.apps import AppConfig


class ZoekenConfig(AppConfig):
    name = "zaken.zoeken"
    label = "zoeken"
    verbose_name = "Zoeken, kaart en signalering"

from django.apps import AppConfig


class WerkvoorraadConfig(AppConfig):
    name = "zaken.werkvoorraad"
    label = "werkvoorraad"
    verbose_name = "Werkvoorraad en termijnbewaking"

from django.apps import AppConfig


class BrievenConfig(AppConfig):
    name = "zaken.brieven"
    label = "brieven"
    verbose_name = "Brieven en documentsjablonen"

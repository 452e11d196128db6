from django.apps import AppConfig


class DsoConfig(AppConfig):
    name = "koppelingen.dso"
    label = "dso"
    verbose_name = "DSO-koppeling (verzoeken en samenwerken)"

from django.apps import AppConfig


class BasisregistratiesConfig(AppConfig):
    name = "koppelingen.basisregistraties"
    label = "basisregistraties"
    verbose_name = "Basisregistraties en KvK"

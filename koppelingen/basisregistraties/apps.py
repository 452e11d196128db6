from django.apps import AppConfig


class BasisregistratiesConfig(AppConfig):
    name = "koppelingen.basisregistraties"
    label = "basisregistraties"
    verbose_name = "Basisregistraties en KvK"

    def ready(self) -> None:
        from zaken import signals
        from zaken.tabs import registreer_tab

        from .receivers import bij_registratie
        from .views.tab import TAB

        signals.zaak_geregistreerd.connect(bij_registratie, dispatch_uid="basisregistraties_verrijken")
        registreer_tab(TAB)

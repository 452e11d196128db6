from django.apps import AppConfig


class DsoConfig(AppConfig):
    name = "koppelingen.dso"
    label = "dso"
    verbose_name = "DSO-koppeling (verzoeken en samenwerken)"

    def ready(self) -> None:
        from zaken.tabs import registreer_tab

        from ..swf.views import TAB as SWF_TAB
        from .views.tab import TAB

        registreer_tab(TAB)
        registreer_tab(SWF_TAB)

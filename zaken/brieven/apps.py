from django.apps import AppConfig


class BrievenConfig(AppConfig):
    name = "zaken.brieven"
    label = "brieven"
    verbose_name = "Brieven en documentsjablonen"

    def ready(self):
        from zaken.brieven.views import tab_context
        from zaken.tabs import ZaakTab, registreer_tab

        registreer_tab(ZaakTab("brieven", "Brieven", "brieven/tab.html", tab_context, recht="zaak.lezen", volgorde=35))

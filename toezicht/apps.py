from django.apps import AppConfig


class ToezichtConfig(AppConfig):
    name = "toezicht"
    verbose_name = "Toezicht"

    def ready(self):
        from toezicht.tabs import registreer_tabs

        registreer_tabs()

from django.apps import AppConfig


class HandhavingConfig(AppConfig):
    name = "handhaving"
    verbose_name = "Handhaving"

    def ready(self):
        from handhaving.tabs import registreer_tabs

        registreer_tabs()

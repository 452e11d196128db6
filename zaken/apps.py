from django.apps import AppConfig


class ZakenConfig(AppConfig):
    name = "zaken"
    verbose_name = "Zaken en catalogus"

    def ready(self):
        from zaken.views.tabs import registreer_standaardtabs

        registreer_standaardtabs()

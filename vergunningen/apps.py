from django.apps import AppConfig


class VergunningenConfig(AppConfig):
    name = "vergunningen"

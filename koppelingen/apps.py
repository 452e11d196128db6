from django.apps import AppConfig


class KoppelingenConfig(AppConfig):
    name = "koppelingen"

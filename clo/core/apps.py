from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "clo.core"
    label = "core"
    verbose_name = "Platform"

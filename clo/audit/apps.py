from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "clo.audit"
    label = "audit"
    verbose_name = "Audit en verwerkingenlogging"

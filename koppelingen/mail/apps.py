from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "koppelingen.mail"
    label = "mail"
    verbose_name = "Mailgateway"

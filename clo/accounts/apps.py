from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "clo.accounts"
    label = "accounts"
    verbose_name = "Organisaties en medewerkers"

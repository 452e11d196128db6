from django.apps import AppConfig


class KccConfig(AppConfig):
    name = "zaken.kcc"
    label = "kcc"
    verbose_name = "KCC-inlichtingen"

"""Events zaken emits; koppelingen and other apps react (in Celery tasks), never the reverse."""

from django.dispatch import Signal

zaak_geregistreerd = Signal()  # zaak_id
status_gezet = Signal()  # zaak_id, status_id
zaak_afgesloten = Signal()  # zaak_id
document_toegevoegd = Signal()  # zaak_id, document_id

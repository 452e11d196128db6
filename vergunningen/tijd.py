"""Today's date for process steps, in one place (tests set it to the DOMAIN.md examples)."""

import datetime

from django.utils import timezone


def vandaag() -> datetime.date:
    return timezone.localdate()

from zaken.admin import catalogus, zaak  # noqa: F401 - registers the admin classes

"""Base class of the screen behind a human task (`Taak(scherm=...)`)."""

from django import forms


class Scherm:
    form_class: type[forms.Form] = forms.Form
    uitleg: str = ""
    knop: str = "Afronden"

    def __init__(self, task, zaak):
        self.task = task
        self.zaak = zaak

    def form_kwargs(self) -> dict:
        return {}

    def form(self, data=None, files=None) -> forms.Form:
        return self.form_class(data, files, **self.form_kwargs())

    def context(self) -> dict:
        return {}

    def uitvoeren(self, activation, form: forms.Form, door) -> None:
        """The domain work of this step; runs under the process lock before the flow moves on."""

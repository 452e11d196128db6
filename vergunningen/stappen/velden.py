import datetime

from django import forms

from vergunningen import tijd


class Datumveld(forms.DateField):
    widget = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


def niet_in_toekomst(datum: datetime.date | None, wat: str) -> None:
    if datum and datum > tijd.vandaag():
        raise forms.ValidationError(f"{wat} kan niet in de toekomst liggen.")


JA_NEE = [("ja", "Ja"), ("nee", "Nee")]

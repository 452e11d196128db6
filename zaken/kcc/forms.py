from django import forms

from zaken.kcc.models import Kanaal, Vervolg


class KccZoekForm(forms.Form):
    q = forms.CharField(max_length=200, required=False, label="Adres, naam, BSN of KvK-nummer",
                        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}))


class ContactmomentForm(forms.Form):
    kanaal = forms.ChoiceField(choices=Kanaal.choices, label="Kanaal")
    vraag = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Vraag van de klant", max_length=4000)
    antwoord = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Gegeven antwoord", required=False,
                               max_length=4000)
    vervolg = forms.ChoiceField(choices=Vervolg.choices, label="Vervolg", widget=forms.RadioSelect,
                                initial=Vervolg.GEEN)
    terugbelnummer = forms.CharField(max_length=30, required=False, label="Terugbelnummer (bij terugbelverzoek)")


class AlgemeneVraagForm(forms.Form):
    """A question that is not about one zaak (opening hours, which permit is needed, ...)."""

    kanaal = forms.ChoiceField(choices=Kanaal.choices, label="Kanaal")
    vraag = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Vraag van de klant", max_length=4000)
    antwoord = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Gegeven antwoord", required=False,
                               max_length=4000)


class ContactmomentFilterForm(forms.Form):
    ZAAK = [("", "Alle"), ("zonder", "Zonder zaak"), ("met", "Over een zaak")]
    zaak = forms.ChoiceField(choices=ZAAK, required=False, label="Zaak")
    kanaal = forms.ChoiceField(choices=[("", "Alle kanalen"), *Kanaal.choices], required=False, label="Kanaal")
    mijn = forms.BooleanField(required=False, label="Alleen door mij geregistreerd")

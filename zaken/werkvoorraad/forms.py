from django import forms

from clo.accounts.models import Medewerker
from clo.core.widgets import SnelleSelect
from zaken.models import Zaaktype

__all__ = ["SnelleSelect", "ToewijzenForm", "WerkvoorraadFilterForm"]


class WerkvoorraadFilterForm(forms.Form):
    lijst = forms.ChoiceField(
        label="Lijst",
        required=False,
        choices=[("mijn", "Mijn taken"), ("team", "Teamvoorraad (niet opgepakt)")],
        widget=SnelleSelect,
    )
    zaaktype = forms.ChoiceField(label="Zaaktype", required=False, widget=SnelleSelect)
    taak = forms.CharField(label="Taak", required=False, max_length=200)
    termijn = forms.ChoiceField(
        label="Termijn",
        required=False,
        choices=[("", "Alle"), ("verlopen", "Verlopen"), ("week", "Binnen 7 dagen"), ("maand", "Binnen 30 dagen")],
        widget=SnelleSelect,
    )
    sortering = forms.ChoiceField(
        label="Sorteren op",
        required=False,
        choices=[("termijn", "Termijn (eerst verlopend)"), ("nieuwste", "Nieuwste taak eerst")],
        widget=SnelleSelect,
    )

    def __init__(self, *args, organisatie=None, **kwargs):
        super().__init__(*args, **kwargs)
        typen = (
            Zaaktype.objects.filter(organisatie=organisatie)
            .exclude(flow="")
            .values_list("identificatie", "omschrijving")
            .distinct()
            .order_by("omschrijving")
        )
        self.fields["zaaktype"].choices = [("", "Alle"), *typen]


class ToewijzenForm(forms.Form):
    medewerker = forms.ModelChoiceField(label="Medewerker", queryset=Medewerker.objects.none())
    reden = forms.CharField(label="Reden", max_length=500, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, organisatie=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["medewerker"].queryset = Medewerker.objects.filter(
            lidmaatschappen__organisatie=organisatie, lidmaatschappen__actief=True, is_active=True
        ).order_by("last_name", "first_name")

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from clo.accounts.models import Medewerker
from zaken.models import Zaaktype


class SnelleSelect(forms.Select):
    """A flat <select> rendered in Python. Django renders every <option> through two template
    includes; for the filter bar of a list that was a third of the page's rendering time."""

    def render(self, name, value, attrs=None, renderer=None):
        gekozen = set(self.format_value(value))
        opties = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((v, mark_safe(" selected") if str(v) in gekozen else "", label) for v, label in self.choices),
        )
        return format_html(
            '<select name="{}"{}>{}</select>', name, flatatt(self.build_attrs(self.attrs, attrs)), opties
        )


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

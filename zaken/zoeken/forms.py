from django import forms

from zaken.models import Statustype, Zaaktype
from zaken.zoeken.models import Kaartlaag
from zaken.zoeken.selectors import Filters


class ZoekFilterForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Zoekterm",
                        widget=forms.TextInput(attrs={"type": "search"}))
    zaaktype = forms.ChoiceField(required=False, label="Zaaktype")
    status = forms.ChoiceField(required=False, label="Status")
    van = forms.DateField(required=False, label="Ontvangen vanaf", widget=forms.DateInput(attrs={"type": "date"}))
    tot = forms.DateField(required=False, label="Ontvangen tot en met",
                          widget=forms.DateInput(attrs={"type": "date"}))
    afgesloten = forms.ChoiceField(required=False, label="Zaken",
                                   choices=[("", "Alle"), ("nee", "Lopend"), ("ja", "Afgesloten")])
    organisatie = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label="Organisatie")

    def __init__(self, *args, lid, lidmaatschappen, **kwargs):
        super().__init__(*args, **kwargs)
        organisatie_ids = [lm.organisatie_id for lm in lidmaatschappen] or [lid.organisatie_id]
        gezien: dict[str, str] = {}
        for zt in Zaaktype.objects.filter(organisatie_id__in=organisatie_ids).order_by("omschrijving"):
            gezien.setdefault(zt.identificatie, zt.omschrijving)
        self.fields["zaaktype"].choices = [("", "Alle zaaktypen"), *gezien.items()]
        statussen = sorted(set(Statustype.objects.filter(zaaktype__organisatie_id__in=organisatie_ids)
                               .values_list("omschrijving", flat=True)))
        self.fields["status"].choices = [("", "Alle statussen"), *[(s, s) for s in statussen]]
        self.fields["organisatie"].choices = [(lm.organisatie_id, lm.organisatie.naam) for lm in lidmaatschappen]
        if len(lidmaatschappen) < 2:
            del self.fields["organisatie"]

    def filters(self, lagen: list[str] | None = None) -> Filters:
        data = self.cleaned_data if self.is_valid() else {}
        geldige_lagen = [laag for laag in (lagen or []) if laag in Kaartlaag.values]
        return Filters(zaaktype=data.get("zaaktype") or "", status=data.get("status") or "",
                       van=data.get("van"), tot=data.get("tot"), afgesloten=data.get("afgesloten") or "",
                       lagen=geldige_lagen)

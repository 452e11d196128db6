"""Screens for conceptbesluit, collegiale toets (four eyes) and besluit vastleggen."""

from django import forms

from vergunningen import actions, tijd
from vergunningen.stappen.velden import JA_NEE, Datumveld, niet_in_toekomst
from zaken.actions import ZaakFout
from zaken.werkvoorraad.schermen import Scherm

UITKOMSTEN = [("verleend", "Verleend"), ("deels_verleend", "Deels verleend"), ("geweigerd", "Geweigerd")]


class ConceptForm(forms.Form):
    uitkomst = forms.ChoiceField(label="Uitkomst", widget=forms.RadioSelect)
    toelichting = forms.CharField(label="Motivering", widget=forms.Textarea(attrs={"rows": 5}))
    voorschriften = forms.CharField(label="Voorschriften", required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, zaaktype=None, **kwargs):
        super().__init__(*args, **kwargs)
        codes = set(zaaktype.resultaattypen.values_list("code", flat=True)) if zaaktype else set()
        self.fields["uitkomst"].choices = [(c, label) for c, label in UITKOMSTEN if c in codes]


class Conceptbesluit(Scherm):
    form_class = ConceptForm
    uitleg = "Stel het conceptbesluit op. Een collega toetst het daarna (vier-ogenprincipe)."
    knop = "Concept ter toetsing aanbieden"
    sleutel = "concept"

    def form_kwargs(self):
        vorig = self.task.process.zaakproces.data.get(self.sleutel, {})
        return {
            "zaaktype": self.zaak.zaaktype,
            "initial": {k: vorig.get(k) for k in ("uitkomst", "toelichting", "voorschriften")},
        }

    def context(self):
        toets = self.task.process.zaakproces.data.get("toets", {})
        return {"scherm_template": "vergunningen/_toetsopmerking.html", "toets": toets} if toets else {}

    def uitvoeren(self, activation, form, door):
        data = form.cleaned_data
        activation.process.data[self.sleutel] = {
            "uitkomst": data["uitkomst"],
            "toelichting": data["toelichting"],
            "voorschriften": data["voorschriften"],
            "door": door.pk,
            "door_naam": str(door),
        }
        activation.process.data.pop("toets", None)
        activation.process.save()


class ToetsForm(forms.Form):
    akkoord = forms.ChoiceField(label="Akkoord met het conceptbesluit?", choices=JA_NEE, widget=forms.RadioSelect)
    opmerking = forms.CharField(label="Opmerkingen", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        if data.get("akkoord") == "nee" and not data.get("opmerking"):
            self.add_error("opmerking", "Geef aan wat er aan het concept moet veranderen.")
        return data


class CollegialeToets(Scherm):
    form_class = ToetsForm
    uitleg = "Toets het conceptbesluit van uw collega. Niet akkoord: het concept gaat terug naar de opsteller."
    knop = "Toets vastleggen"

    def context(self):
        return {
            "scherm_template": "vergunningen/_concept.html",
            "concept": self.task.process.zaakproces.data.get("concept", {}),
        }

    def uitvoeren(self, activation, form, door):
        concept = activation.process.data.get("concept", {})
        if concept.get("door") == door.pk:
            raise ZaakFout("Vier-ogenprincipe: u kunt uw eigen conceptbesluit niet toetsen.")
        akkoord = form.cleaned_data["akkoord"] == "ja"
        activation.process.data["toets"] = {
            "akkoord": akkoord,
            "door": door.pk,
            "door_naam": str(door),
            "opmerking": form.cleaned_data["opmerking"],
        }
        activation.process.save()


class BesluitForm(forms.Form):
    datum = Datumveld(label="Datum besluit")

    def clean_datum(self):
        niet_in_toekomst(self.cleaned_data["datum"], "De besluitdatum")
        return self.cleaned_data["datum"]


class BesluitVastleggen(Scherm):
    form_class = BesluitForm
    uitleg = "Leg het getoetste besluit vast. Daarna wordt de beschikking verzonden en de zaak afgesloten."
    knop = "Besluit vastleggen"

    def form_kwargs(self):
        return {"initial": {"datum": tijd.vandaag()}}

    def context(self):
        return {
            "scherm_template": "vergunningen/_concept.html",
            "concept": self.task.process.zaakproces.data.get("concept", {}),
        }

    def uitvoeren(self, activation, form, door):
        concept = activation.process.data.get("concept", {})
        if not activation.process.data.get("toets", {}).get("akkoord"):
            raise ZaakFout("Het conceptbesluit is nog niet akkoord bevonden bij de collegiale toets.")
        besluit = actions.leg_besluit_vast(
            self.zaak,
            door=door,
            uitkomst=concept["uitkomst"],
            datum=form.cleaned_data["datum"],
            toelichting=concept.get("toelichting", ""),
            voorschriften=concept.get("voorschriften", ""),
        )
        activation.process.data["besluit"] = besluit.pk
        activation.process.save()

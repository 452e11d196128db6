"""Screens for receipt, completeness and aanvulling (Awb 4:5, 4:15)."""

import datetime

from django import forms

from vergunningen import actions, tijd
from vergunningen.stappen.velden import JA_NEE, Datumveld, niet_in_toekomst
from zaken.werkvoorraad.schermen import Scherm


class OntvankelijkheidForm(forms.Form):
    compleet = forms.ChoiceField(label="Is de aanvraag compleet?", choices=JA_NEE, widget=forms.RadioSelect)
    reden = forms.CharField(
        label="Wat moet de aanvrager aanvullen?", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    verzonden_op = Datumveld(label="Verzenddatum aanvullingsverzoek", required=False)
    termijn_tot = Datumveld(
        label="Aanvullen uiterlijk op",
        required=False,
        help_text="Zonder termijn wordt de beslistermijn niet opgeschort (ABRvS 21-9-2016).",
    )

    def clean(self):
        data = super().clean()
        if data.get("compleet") == "nee":
            for veld, tekst in (("reden", "Beschrijf wat ontbreekt."), ("termijn_tot", "Geef een termijn.")):
                if not data.get(veld):
                    self.add_error(veld, tekst)
            data["verzonden_op"] = data.get("verzonden_op") or tijd.vandaag()
            niet_in_toekomst(data["verzonden_op"], "De verzenddatum")
        return data


class Ontvankelijkheid(Scherm):
    form_class = OntvankelijkheidForm
    uitleg = "Beoordeel of de aanvraag compleet is. Zo niet: vraag om aanvulling; de termijn wordt dan opgeschort."
    knop = "Vastleggen"

    def form_kwargs(self):
        return {
            "initial": {"verzonden_op": tijd.vandaag(), "termijn_tot": tijd.vandaag() + datetime.timedelta(weeks=2)}
        }

    def uitvoeren(self, activation, form, door):
        data = form.cleaned_data
        compleet = data["compleet"] == "ja"
        activation.process.data["compleet"] = compleet
        activation.process.save()
        if compleet:
            actions.zet_status_code(self.zaak, "in_behandeling", door=door, toelichting="Aanvraag compleet")
        else:
            activation.process.data["aanvulling_tot"] = data["termijn_tot"].isoformat()
            activation.process.save()
            actions.vraag_aanvulling(
                self.zaak,
                door=door,
                reden=data["reden"],
                verzonden_op=data["verzonden_op"],
                termijn_tot=data["termijn_tot"],
            )


class AanvullingForm(forms.Form):
    uitkomst = forms.ChoiceField(
        label="Aanvulling",
        widget=forms.RadioSelect,
        choices=[
            ("ontvangen", "Aanvulling ontvangen"),
            ("verstreken", "Termijn ongebruikt verstreken: buiten behandeling stellen"),
        ],
    )
    ontvangen_op = Datumveld(label="Ontvangen op", required=False)

    def __init__(self, *args, termijn_tot=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.termijn_tot = termijn_tot

    def clean(self):
        data = super().clean()
        if data.get("uitkomst") == "ontvangen":
            if not data.get("ontvangen_op"):
                self.add_error("ontvangen_op", "Geef de datum van ontvangst.")
            niet_in_toekomst(data.get("ontvangen_op"), "De ontvangstdatum")
        elif data.get("uitkomst") == "verstreken" and self.termijn_tot and tijd.vandaag() <= self.termijn_tot:
            raise forms.ValidationError(
                f"De aanvullingstermijn loopt nog tot en met {self.termijn_tot:%d-%m-%Y}; "
                "buiten behandeling stellen kan pas daarna."
            )
        return data


class AanvullingRegistreren(Scherm):
    form_class = AanvullingForm
    uitleg = (
        "Registreer de ontvangen aanvulling. Is de termijn ongebruikt verstreken, "
        "stel de aanvraag dan buiten behandeling."
    )
    knop = "Vastleggen"

    def termijn_tot(self):
        opschorting = self.zaak.opschortingen.filter(einddatum__isnull=True).first()
        return opschorting.aanvullingstermijn_tot if opschorting else None

    def form_kwargs(self):
        return {"termijn_tot": self.termijn_tot(), "initial": {"ontvangen_op": tijd.vandaag()}}

    def uitvoeren(self, activation, form, door):
        data = form.cleaned_data
        ontvangen = data["uitkomst"] == "ontvangen"
        activation.process.data["aanvulling_ontvangen"] = ontvangen
        activation.process.save()
        actions.registreer_aanvulling(self.zaak, door=door, ontvangen_op=data["ontvangen_op"] if ontvangen else None)

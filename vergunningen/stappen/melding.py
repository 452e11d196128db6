"""Screens of the melding and informatieplicht flow: beoordelen → akkoord/aanvulling → afhandelen."""

import datetime

from django import forms

from vergunningen import actions, brieven, tijd
from vergunningen.stappen.velden import Datumveld
from zaken.werkvoorraad.schermen import Scherm


class MeldingBeoordelenForm(forms.Form):
    uitkomst = forms.ChoiceField(
        label="Beoordeling",
        widget=forms.RadioSelect,
        choices=[("akkoord", "Akkoord: de melding is volledig"), ("aanvulling", "Aanvulling nodig")],
    )
    reden = forms.CharField(
        label="Wat moet de melder aanvullen?", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    termijn_tot = Datumveld(label="Aanvullen uiterlijk op", required=False)

    def clean(self):
        data = super().clean()
        if data.get("uitkomst") == "aanvulling":
            if not data.get("reden"):
                self.add_error("reden", "Beschrijf wat ontbreekt.")
            if not data.get("termijn_tot"):
                self.add_error("termijn_tot", "Geef een termijn.")
        return data


class MeldingBeoordelen(Scherm):
    form_class = MeldingBeoordelenForm
    knop = "Beoordeling vastleggen"

    def form_kwargs(self):
        return {"initial": {"termijn_tot": tijd.vandaag() + datetime.timedelta(weeks=2)}}

    def uitvoeren(self, activation, form, door):
        data = form.cleaned_data
        akkoord = data["uitkomst"] == "akkoord"
        activation.process.data["compleet"] = akkoord
        if akkoord:
            actions.zet_status_code(self.zaak, "beoordeeld", door=door, toelichting="Melding akkoord")
        else:
            activation.process.data["aanvulling_tot"] = data["termijn_tot"].isoformat()
            actions.log_gebeurtenis(
                organisatie=self.zaak.organisatie,
                door=door,
                actie="aanvulling.gevraagd",
                zaak=self.zaak,
                reden=data["reden"],
                omschrijving=f"Aanvulling van de melding gevraagd, termijn tot {data['termijn_tot']:%d-%m-%Y}.",
            )
            brieven.verstuur(self.zaak, "aanvulverzoek", door=door, extra={"reden": data["reden"]})
        activation.process.save()


class MeldingAanvullingForm(forms.Form):
    uitkomst = forms.ChoiceField(
        label="Aanvulling",
        widget=forms.RadioSelect,
        choices=[("ontvangen", "Aanvulling ontvangen"), ("verstreken", "Niet aangevuld: melding afbreken")],
    )


class MeldingAanvulling(Scherm):
    form_class = MeldingAanvullingForm
    knop = "Vastleggen"

    def uitvoeren(self, activation, form, door):
        ontvangen = form.cleaned_data["uitkomst"] == "ontvangen"
        activation.process.data["aanvulling_ontvangen"] = ontvangen
        activation.process.save()
        if ontvangen:
            actions.log_gebeurtenis(
                organisatie=self.zaak.organisatie,
                door=door,
                actie="aanvulling.ontvangen",
                zaak=self.zaak,
                omschrijving="Aanvulling van de melding ontvangen.",
            )


class AfhandelenForm(forms.Form):
    toelichting = forms.CharField(
        label="Toelichting bij de afhandeling", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class MeldingAfhandelen(Scherm):
    form_class = AfhandelenForm
    uitleg = "Handel de melding af; de melder krijgt een kennisgeving (geen besluit, geen bezwaar)."
    knop = "Melding afhandelen"

    def uitvoeren(self, activation, form, door):
        activation.process.data["concept"] = {"uitkomst": "verwerkt", "door": door.pk}
        activation.process.save()
        brieven.verstuur(self.zaak, "kennisgeving_melding", door=door)

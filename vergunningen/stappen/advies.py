"""Screens for adviesverzoeken (intern: RO, JZ, welstand; extern: a ketenpartner) and the
behandelaar's own assessment, which run in parallel."""

import datetime

from django import forms

from vergunningen import actions, tijd
from vergunningen.models import Adviesverzoek
from vergunningen.stappen.velden import Datumveld
from zaken.actions import ZaakFout
from zaken.werkvoorraad.schermen import Scherm

INTERNE_TEAMS = [("RO", "Ruimtelijke ordening (RO)"), ("JZ", "Juridische zaken (JZ)"), ("Welstand", "Welstand")]


class AdviezenForm(forms.Form):
    intern = forms.MultipleChoiceField(
        label="Interne adviezen", required=False, choices=INTERNE_TEAMS, widget=forms.CheckboxSelectMultiple
    )
    ketenpartner = forms.CharField(label="Externe adviseur (ketenpartner)", required=False, max_length=100)
    ketenpartner_oin = forms.RegexField(
        label="OIN ketenpartner",
        required=False,
        regex=r"^\d{20}$",
        error_messages={"invalid": "Een OIN bestaat uit 20 cijfers."},
    )
    vraag = forms.CharField(label="Adviesvraag", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    deadline = Datumveld(label="Advies uiterlijk op", required=False)

    def clean(self):
        data = super().clean()
        if data.get("intern") or data.get("ketenpartner"):
            if not data.get("vraag"):
                self.add_error("vraag", "Formuleer de adviesvraag.")
            if not data.get("deadline"):
                self.add_error("deadline", "Geef de datum waarop het advies binnen moet zijn.")
            elif data["deadline"] <= tijd.vandaag():
                self.add_error("deadline", "De adviestermijn moet in de toekomst eindigen.")
        return data


class AdviezenUitzetten(Scherm):
    form_class = AdviezenForm
    uitleg = "Kies welke adviezen nodig zijn. Zonder adviezen gaat de aanvraag direct naar de inhoudelijke beoordeling."
    knop = "Adviezen uitzetten"

    def form_kwargs(self):
        return {"initial": {"deadline": tijd.vandaag() + datetime.timedelta(weeks=2)}}

    def uitvoeren(self, activation, form, door):
        data = form.cleaned_data
        gevraagd = list(data["intern"])
        for team in gevraagd:
            actions.vraag_advies(
                self.zaak,
                door=door,
                soort=Adviesverzoek.Soort.INTERN,
                adviseur=team,
                vraag=data["vraag"],
                deadline=data["deadline"],
            )
        if data.get("ketenpartner"):
            actions.vraag_advies(
                self.zaak,
                door=door,
                soort=Adviesverzoek.Soort.EXTERN,
                adviseur=data["ketenpartner"],
                ketenpartner_oin=data.get("ketenpartner_oin", ""),
                vraag=data["vraag"],
                deadline=data["deadline"],
            )
            gevraagd.append("extern")
        activation.process.data["adviezen"] = gevraagd
        activation.process.save()


class AdviesForm(forms.Form):
    antwoord = forms.CharField(label="Advies", widget=forms.Textarea(attrs={"rows": 6}))


class AdviesGeven(Scherm):
    form_class = AdviesForm
    uitleg = "Geef uw advies op de vraag van de behandelaar."
    knop = "Advies geven"

    def verzoek(self):
        return Adviesverzoek.objects.filter(task=self.task).first()

    def context(self):
        return {"scherm_template": "vergunningen/_adviesvraag.html", "adviesverzoek": self.verzoek()}

    def uitvoeren(self, activation, form, door):
        verzoek = self.verzoek()
        if verzoek is None or verzoek.status != Adviesverzoek.Status.GEVRAAGD:
            raise ZaakFout("Bij deze taak hoort geen openstaand adviesverzoek.")
        actions.leg_advies_vast(verzoek, door=door, antwoord=form.cleaned_data["antwoord"])


class BeoordelenForm(forms.Form):
    bevindingen = forms.CharField(
        label="Bevindingen van de inhoudelijke beoordeling", widget=forms.Textarea(attrs={"rows": 6})
    )


class Beoordelen(Scherm):
    form_class = BeoordelenForm
    uitleg = (
        "Toets de aanvraag inhoudelijk. Gevraagde adviezen lopen tegelijk; het conceptbesluit volgt als "
        "uw beoordeling en alle adviezen binnen zijn. Verlengen van de termijn kan op het tabblad Proces van de zaak."
    )
    knop = "Beoordeling afronden"

    def context(self):
        return {
            "scherm_template": "vergunningen/_adviezen.html",
            "adviesverzoeken": list(Adviesverzoek.objects.filter(zaak=self.zaak)),
        }

    def uitvoeren(self, activation, form, door):
        activation.process.data["bevindingen"] = form.cleaned_data["bevindingen"]
        activation.process.save()

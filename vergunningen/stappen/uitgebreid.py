"""Screens of the uitgebreide procedure (afd. 3.4 Awb): ontwerpbesluit, terinzagelegging and
zienswijzen (6 weeks from the day of terinzagelegging, Awb 3:16)."""

import datetime

from django import forms

from vergunningen import actions, brieven, tijd
from vergunningen.models import Zienswijze
from vergunningen.stappen.besluit import Conceptbesluit
from vergunningen.stappen.velden import Datumveld, niet_in_toekomst
from zaken.actions import ZaakFout
from zaken.werkvoorraad.schermen import Scherm


class Ontwerpbesluit(Conceptbesluit):
    uitleg = "Stel het ontwerpbesluit op dat ter inzage wordt gelegd."
    knop = "Ontwerpbesluit vastleggen"
    sleutel = "ontwerp"


class TerinzageForm(forms.Form):
    ter_inzage_op = Datumveld(label="Ter inzage gelegd op (dag van kennisgeving)")


class Terinzagelegging(Scherm):
    form_class = TerinzageForm
    uitleg = "Leg het ontwerpbesluit ter inzage. De zienswijzetermijn van 6 weken begint op die dag (Awb 3:16)."
    knop = "Terinzagelegging vastleggen"

    def form_kwargs(self):
        return {"initial": {"ter_inzage_op": tijd.vandaag()}}

    def uitvoeren(self, activation, form, door):
        from zaken import termijnen

        dag = form.cleaned_data["ter_inzage_op"]
        eind = termijnen.bereken_zienswijzetermijn(dag, kalender=termijnen.kalender_voor_django()).einddatum
        activation.process.data["zienswijzen_tot"] = eind.isoformat()
        activation.process.save()
        actions.zet_status_code(
            self.zaak,
            "ontwerp_ter_inzage",
            door=door,
            toelichting=f"Ter inzage vanaf {dag:%d-%m-%Y}; zienswijzen tot en met {eind:%d-%m-%Y}",
        )
        brieven.verstuur(
            self.zaak,
            "kennisgeving_ontwerpbesluit",
            door=door,
            extra={"ter_inzage_op": dag.isoformat(), "zienswijzen_tot": eind.isoformat()},
        )


class ZienswijzenForm(forms.Form):
    zienswijzen = forms.CharField(
        label="Ontvangen zienswijzen",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Eén per regel: indiener | ontvangen op (dd-mm-jjjj) | samenvatting. Leeg: geen zienswijzen.",
    )

    def __init__(self, *args, zienswijzen_tot=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.zienswijzen_tot = zienswijzen_tot

    def clean_zienswijzen(self):
        rijen = []
        for nummer, regel in enumerate(self.cleaned_data["zienswijzen"].splitlines(), 1):
            if not regel.strip():
                continue
            delen = [d.strip() for d in regel.split("|")]
            try:
                indiener, datum, samenvatting = delen
                ontvangen = datetime.datetime.strptime(datum, "%d-%m-%Y").date()
            except ValueError as exc:
                raise forms.ValidationError(f"Regel {nummer}: gebruik 'indiener | dd-mm-jjjj | samenvatting'.") from exc
            niet_in_toekomst(ontvangen, f"Regel {nummer}: de ontvangstdatum")
            rijen.append((indiener, ontvangen, samenvatting))
        return rijen

    def clean(self):
        if self.zienswijzen_tot and tijd.vandaag() <= self.zienswijzen_tot:
            raise forms.ValidationError(
                f"De zienswijzetermijn loopt tot en met {self.zienswijzen_tot:%d-%m-%Y}; sluit de registratie daarna."
            )
        return super().clean()


class ZienswijzenRegistreren(Scherm):
    form_class = ZienswijzenForm
    uitleg = "Registreer de zienswijzen die binnen de termijn zijn ontvangen en sluit de registratie na afloop."
    knop = "Registratie afsluiten"

    def form_kwargs(self):
        tot = self.task.process.zaakproces.data.get("zienswijzen_tot")
        return {"zienswijzen_tot": datetime.date.fromisoformat(tot) if tot else None}

    def uitvoeren(self, activation, form, door):
        for indiener, ontvangen, samenvatting in form.cleaned_data["zienswijzen"]:
            Zienswijze.objects.create(
                zaak=self.zaak,
                indiener=indiener,
                ontvangen_op=ontvangen,
                samenvatting=samenvatting,
                geregistreerd_door=door,
            )
        actions.log_gebeurtenis(
            organisatie=self.zaak.organisatie,
            door=door,
            actie="zienswijzen.geregistreerd",
            zaak=self.zaak,
            omschrijving=f"{len(form.cleaned_data['zienswijzen'])} zienswijze(n) geregistreerd.",
        )


class VerwerkenForm(forms.Form):
    verwerking = forms.CharField(
        label="Verwerking van de zienswijzen (nota van beantwoording)", widget=forms.Textarea(attrs={"rows": 6})
    )


class ZienswijzenVerwerken(Scherm):
    form_class = VerwerkenForm
    uitleg = "Beantwoord de zienswijzen; het definitieve besluit volgt daarna."
    knop = "Verwerking vastleggen"

    def context(self):
        return {
            "scherm_template": "vergunningen/_zienswijzen.html",
            "zienswijzen": list(Zienswijze.objects.filter(zaak=self.zaak)),
        }

    def uitvoeren(self, activation, form, door):
        if self.zaak.is_afgesloten:
            raise ZaakFout("De zaak is afgesloten.")
        Zienswijze.objects.filter(zaak=self.zaak, verwerking="").update(verwerking=form.cleaned_data["verwerking"])
        actions.zet_status_code(self.zaak, "zienswijzen_verwerkt", door=door, toelichting="Zienswijzen verwerkt")

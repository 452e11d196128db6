"""Callbacks shared by the vergunning flows (node definitions stay per flow: viewflow copies
and resolves nodes per Flow class, so nodes must not be inherited)."""

from django.db import transaction

from vergunningen import actions, brieven, tijd
from vergunningen.models import Adviesverzoek
from zaken.werkvoorraad.context import actor

ADVIESTEAMS = {"ro": "RO", "jz": "JZ", "welstand": "Welstand"}


def zaak_van(activation):
    return activation.process.zaak


class ZaakFlowMixin:
    """Every vergunning flow: viewflow locking on the process row, one process per zaak."""

    def start_proces(self, activation, zaak, door):
        activation.process.zaak = zaak
        return activation.process

    def behandelaar(self, activation):
        return zaak_van(activation).behandelaar

    def gegevens(self, activation) -> dict:
        return activation.process.data

    # ontvangst en ontvankelijkheid
    def bevestig_ontvangst(self, activation):
        zaak = zaak_van(activation)
        brieven.verstuur(zaak, "ontvangstbevestiging", door=actor())
        actions.zet_status_code(zaak, "ontvankelijkheid", door=actor(), toelichting="Ontvangst bevestigd")

    def aanvraag_compleet(self, activation) -> bool:
        return bool(activation.process.data.get("compleet"))

    def aanvullingstermijn(self, activation):
        opschorting = zaak_van(activation).opschortingen.filter(einddatum__isnull=True).first()
        if opschorting:
            return opschorting.aanvullingstermijn_tot
        termijn = activation.process.data.get("aanvulling_tot")
        return tijd_of_none(termijn)

    def aanvulling_ontvangen(self, activation) -> bool:
        return bool(activation.process.data.get("aanvulling_ontvangen"))

    def stel_buiten_behandeling(self, activation):
        zaak = zaak_van(activation)
        brieven.verstuur(zaak, "buitenbehandelingstelling", door=actor())
        actions.sluit_zaak(
            zaak,
            actions.resultaattype(zaak, "buiten_behandeling", "afgebroken"),
            door=actor(),
            toelichting="Aanvraag buiten behandeling gesteld (Awb 4:5): niet tijdig aangevuld.",
            einddatum=tijd.vandaag(),
        )

    # adviezen
    def _advies_gevraagd(self, activation, team: str) -> bool:
        return team in activation.process.data.get("adviezen", [])

    def advies_ro(self, activation) -> bool:
        return self._advies_gevraagd(activation, "RO")

    def advies_jz(self, activation) -> bool:
        return self._advies_gevraagd(activation, "JZ")

    def advies_welstand(self, activation) -> bool:
        return self._advies_gevraagd(activation, "Welstand")

    def advies_extern(self, activation) -> bool:
        return self._advies_gevraagd(activation, "extern")

    def _open_advies(self, activation):
        return (
            Adviesverzoek.objects.filter(
                zaak=zaak_van(activation),
                soort=Adviesverzoek.Soort.INTERN,
                adviseur=activation.flow_task.team,
                status=Adviesverzoek.Status.GEVRAAGD,
            )
            .order_by("-pk")
            .first()
        )

    def adviesdeadline(self, activation):
        verzoek = self._open_advies(activation)
        return verzoek.deadline if verzoek else None

    def koppel_advies(self, activation):
        Adviesverzoek.objects.filter(pk=getattr(self._open_advies(activation), "pk", None)).update(task=activation.task)

    # besluitvorming
    def conceptauteur(self, activation):
        from clo.accounts.models import Medewerker

        door = activation.process.data.get("concept", {}).get("door")
        return Medewerker.objects.filter(pk=door).first() if door else None

    def toets_akkoord(self, activation) -> bool:
        return bool(activation.process.data.get("toets", {}).get("akkoord"))

    def start_verzending(self, activation):
        from vergunningen.tasks import verzend_besluit

        proces_id = activation.process.pk
        transaction.on_commit(lambda: verzend_besluit.delay(proces_id))

    def verzending_gereed(self, activation, verzonden_op):
        zaak = zaak_van(activation)
        zaak.besluiten.filter(verzenddatum__isnull=True).update(verzenddatum=verzonden_op)
        actions.zet_status_code(
            zaak, "bekendgemaakt", door=actor(), toelichting=f"Besluit verzonden op {verzonden_op:%d-%m-%Y}"
        )

    def sluit_af(self, activation):
        zaak = zaak_van(activation)
        uitkomst = activation.process.data.get("concept", {}).get("uitkomst", "verleend")
        actions.sluit_zaak(
            zaak,
            actions.resultaattype(zaak, uitkomst),
            door=actor(),
            toelichting=f"Besluit: {uitkomst.replace('_', ' ')}",
            einddatum=tijd.vandaag(),
        )


def tijd_of_none(waarde):
    import datetime

    return datetime.date.fromisoformat(waarde) if waarde else None

"""Besluiten: last onder dwangsom / bestuursdwang (also spoedeisend), gedoogbeschikking, and
closing the handhavingszaak."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from handhaving import brieven
from handhaving import termijnen as ht
from handhaving.actions.basis import (
    HandhavingFout,
    briefgegevens,
    controleer,
    leg_stap_vast,
    neem_besluit,
    zaakstatus,
    zet_fase,
)
from handhaving.instellingen import termijnen_voor
from handhaving.models import Eenheid, Fase, Gedoogbeschikking, Handhavingszaak, Last, LastSoort, StapSoort
from zaken import actions as zaak_actions
from zaken.termijnen import Duur, kalender_voor_django

BESLUITTYPE = {LastSoort.LOD: "Last onder dwangsom", LastSoort.LOB: "Last onder bestuursdwang"}
BRIEF = {LastSoort.LOD: "handhaving_last_onder_dwangsom", LastSoort.LOB: "handhaving_last_onder_bestuursdwang"}


def _valideer_dwangsom(bedrag, eenheid: str, maximum) -> None:
    if bedrag is None or Decimal(bedrag) <= 0:
        raise HandhavingFout("Geef het bedrag van de dwangsom.")
    if eenheid not in Eenheid.values:
        raise HandhavingFout("Kies of de dwangsom ineens, per tijdseenheid of per overtreding wordt verbeurd.")
    if maximum is None or Decimal(maximum) < Decimal(bedrag):
        raise HandhavingFout("Geef een maximumbedrag van ten minste één dwangsom (art. 5:32b Awb).")


@transaction.atomic
def leg_last_op(
    hz: Handhavingszaak,
    *,
    door,
    soort: str,
    maatregel: str,
    bekendgemaakt: datetime.date | None = None,
    begunstigingstermijn_dagen: int | None = None,
    bedrag=None,
    eenheid: str = "",
    maximum=None,
    kostenraming=None,
    motivering: str = "",
) -> Last:
    """Last onder dwangsom (5:31d/5:32) or bestuursdwang (5:21) with its begunstigingstermijn."""
    hz = controleer(hz, "last", door)
    if soort not in LastSoort.values:
        raise HandhavingFout("Kies een last onder dwangsom of een last onder bestuursdwang.")
    if not maatregel.strip():
        raise HandhavingFout("Beschrijf de herstelmaatregel (art. 5:32a / 5:24 Awb).")
    if soort == LastSoort.LOD:
        _valideer_dwangsom(bedrag, eenheid, maximum)
    bekendgemaakt = bekendgemaakt or timezone.localdate()
    dagen = (
        begunstigingstermijn_dagen or termijnen_voor(hz.organisatie, hz.gekozen_interventie).begunstigingstermijn_dagen
    )
    berekening = ht.bereken_begunstigingstermijn(
        bekendgemaakt, Duur.dagen(dagen), lob=soort == LastSoort.LOB, kalender=kalender_voor_django()
    )
    besluit = neem_besluit(
        hz.zaak,
        besluittype=BESLUITTYPE[soort],
        uitkomst="opgelegd",
        datum=bekendgemaakt,
        door=door,
        toelichting=motivering,
    )
    last = Last.objects.create(
        handhavingszaak=hz,
        soort=soort,
        besluit=besluit,
        maatregel=maatregel,
        bedrag=bedrag if soort == LastSoort.LOD else None,
        eenheid=eenheid if soort == LastSoort.LOD else "",
        maximum=maximum if soort == LastSoort.LOD else None,
        kostenraming=kostenraming,
        bekendgemaakt_op=bekendgemaakt,
        begunstigingstermijn_einde=berekening.einddatum,
    )
    document = brieven.maak_brief(
        hz.zaak,
        BRIEF[soort],
        door=door,
        extra=briefgegevens(
            hz, last=last, kostenraming=kostenraming, termijnen={"begunstigingstermijn_tot": berekening.einddatum}
        ),
    )
    leg_stap_vast(
        hz, soort, door=door, datum=bekendgemaakt, berekening=berekening, document=document, toelichting=motivering
    )
    zaakstatus(hz, "besluit", door=door, toelichting=BESLUITTYPE[soort])
    zaakstatus(hz, "begunstigingstermijn", door=door, toelichting=f"Tot {berekening.einddatum:%d-%m-%Y}")
    zet_fase(hz, Fase.LAST, termijn=berekening.einddatum, termijn_omschrijving="Einde begunstigingstermijn", door=door)
    return last


@transaction.atomic
def spoedeisende_bestuursdwang(
    hz: Handhavingszaak, *, door, maatregel: str, motivering: str, datum: datetime.date | None = None, kostenraming=None
) -> Last:
    """Awb 5:31: acute danger — bestuursdwang without a prior voornemen/begunstigingstermijn;
    the written besluit follows as soon as possible."""
    hz = controleer(hz, "spoedbestuursdwang", door)
    if not motivering.strip():
        raise HandhavingFout("Motiveer waarom de situatie zo spoedeisend is dat geen last vooraf kan worden gegeven.")
    datum = datum or timezone.localdate()
    besluit = neem_besluit(
        hz.zaak,
        besluittype="Last onder bestuursdwang (spoedeisend)",
        uitkomst="opgelegd",
        datum=datum,
        door=door,
        toelichting=motivering,
    )
    last = Last.objects.create(
        handhavingszaak=hz,
        soort=LastSoort.LOB,
        besluit=besluit,
        maatregel=maatregel,
        spoed=True,
        bekendgemaakt_op=datum,
        kostenraming=kostenraming,
    )
    document = brieven.maak_brief(
        hz.zaak,
        BRIEF[LastSoort.LOB],
        door=door,
        extra=briefgegevens(hz, last=last, spoed=True, kostenraming=kostenraming),
    )
    leg_stap_vast(hz, StapSoort.SPOEDBESTUURSDWANG, door=door, datum=datum, document=document, toelichting=motivering)
    zaakstatus(hz, "besluit", door=door, toelichting="Spoedeisende bestuursdwang (art. 5:31 Awb)")
    from handhaving.actions.invordering import _start_tenuitvoerlegging

    _start_tenuitvoerlegging(last, door=door)
    zet_fase(hz, Fase.BESTUURSDWANG, door=door)
    return last


@transaction.atomic
def gedoog(
    hz: Handhavingszaak,
    *,
    door,
    geldig_van: datetime.date,
    geldig_tot: datetime.date,
    voorwaarden: str,
    motivering: str,
) -> Gedoogbeschikking:
    hz = controleer(hz, "gedogen", door)
    if geldig_tot <= geldig_van:
        raise HandhavingFout("Een gedoogbeschikking is tijdelijk: de einddatum ligt na de begindatum.")
    if not voorwaarden.strip() or not motivering.strip():
        raise HandhavingFout("Geef de voorwaarden en de motivering van het gedogen.")
    besluit = neem_besluit(
        hz.zaak,
        besluittype="Gedoogbeschikking",
        uitkomst="verleend",
        datum=timezone.localdate(),
        door=door,
        toelichting=motivering,
        vervaldatum=geldig_tot,
    )
    gedoog = Gedoogbeschikking.objects.create(
        handhavingszaak=hz,
        besluit=besluit,
        geldig_van=geldig_van,
        geldig_tot=geldig_tot,
        voorwaarden=voorwaarden,
        motivering=motivering,
    )
    document = brieven.maak_brief(
        hz.zaak,
        "handhaving_gedoogbeschikking",
        door=door,
        extra=briefgegevens(hz, gedogen_van=geldig_van, gedogen_tot=geldig_tot, gedoogvoorwaarden=voorwaarden),
    )
    leg_stap_vast(hz, StapSoort.GEDOOGBESCHIKKING, door=door, document=document, toelichting=motivering)
    zaakstatus(hz, "besluit", door=door, toelichting="Gedoogbeschikking")
    zet_fase(hz, Fase.GEDOOGD, termijn=geldig_tot, termijn_omschrijving="Einde gedoogbeschikking", door=door)
    return gedoog


RESULTATEN = {
    "uitgevoerd": "Handhaving uitgevoerd",
    "doorlopend": "Doorlopende verplichting",
    "afgebroken": "Afgebroken",
}


@transaction.atomic
def sluit_af(hz: Handhavingszaak, *, door, resultaat: str = "uitgevoerd", toelichting: str = "") -> Handhavingszaak:
    hz = controleer(hz, "afsluiten", door)
    openstaand = [v for last in hz.lasten.all() for v in last.verbeurten.all() if v.betaald_op is None]
    if openstaand and resultaat != "afgebroken":
        raise HandhavingFout("Er staan nog verbeurde dwangsommen open; vorder die eerst in of registreer de betaling.")
    resultaattype = hz.zaak.zaaktype.resultaattypen.filter(code=resultaat).first()
    if resultaattype is None:
        raise HandhavingFout(f"Onbekend resultaat '{resultaat}'.")
    leg_stap_vast(hz, StapSoort.AFGESLOTEN, door=door, toelichting=toelichting or RESULTATEN.get(resultaat, ""))
    zet_fase(hz, Fase.AFGEHANDELD, door=door, toelichting=toelichting)
    zaak_actions.sluit_zaak(hz.zaak, resultaattype, door=door, toelichting=toelichting)
    return hz

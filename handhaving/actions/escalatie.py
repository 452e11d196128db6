"""Escalation before a last: aanspreken, waarschuwing with hersteltermijn, hercontrole,
voornemen with zienswijzetermijn, zienswijze verwerken (DOMAIN.md §4)."""

import datetime

from django.db import transaction
from django.utils import timezone

from handhaving import brieven, toezicht
from handhaving import termijnen as ht
from handhaving.actions.basis import (
    BESLUITEN,
    HandhavingFout,
    briefgegevens,
    controleer,
    leg_stap_vast,
    zaakstatus,
    zet_fase,
)
from handhaving.actions.starten import STARTEN
from handhaving.instellingen import termijnen_voor
from handhaving.models import Fase, Handhavingszaak, StapSoort
from zaken.termijnen import Duur, kalender_voor_django


def _vandaag(datum: datetime.date | None) -> datetime.date:
    return datum or timezone.localdate()


@transaction.atomic
def spreek_aan(hz: Handhavingszaak, *, door, toelichting: str, datum: datetime.date | None = None) -> Handhavingszaak:
    """R1: the overtreder is informed or spoken to (no letter, no termijn)."""
    hz = controleer(hz, "aanspreken", door)
    if not toelichting.strip():
        raise HandhavingFout("Leg vast wat er met de overtreder is besproken.")
    leg_stap_vast(hz, StapSoort.AANSPREKEN, door=door, datum=_vandaag(datum), toelichting=toelichting)
    zet_fase(hz, Fase.AANGESPROKEN, door=door)
    return hz


@transaction.atomic
def waarschuw(
    hz: Handhavingszaak,
    *,
    door,
    verzonden: datetime.date | None = None,
    hersteltermijn_dagen: int | None = None,
    toelichting: str = "",
) -> Handhavingszaak:
    hz = controleer(hz, "waarschuwen", door)
    verzonden = _vandaag(verzonden)
    dagen = hersteltermijn_dagen or termijnen_voor(hz.organisatie, hz.gekozen_interventie).hersteltermijn_dagen
    berekening = ht.bereken_hersteltermijn(verzonden, Duur.dagen(dagen), kalender=kalender_voor_django())
    document = brieven.maak_brief(
        hz.zaak,
        "handhaving_waarschuwing",
        door=door,
        extra=briefgegevens(
            hz, hersteltermijn_tot=berekening.einddatum, termijnen={"begunstigingstermijn_tot": berekening.einddatum}
        ),
    )
    leg_stap_vast(
        hz,
        StapSoort.WAARSCHUWING,
        door=door,
        datum=verzonden,
        berekening=berekening,
        toelichting=toelichting,
        document=document,
    )
    zaakstatus(hz, "waarschuwing", door=door, toelichting=f"Hersteltermijn tot {berekening.einddatum:%d-%m-%Y}")
    zet_fase(
        hz, Fase.WAARSCHUWING, termijn=berekening.einddatum, termijn_omschrijving="Einde hersteltermijn", door=door
    )
    return hz


@transaction.atomic
def plan_hercontrole(hz: Handhavingszaak, *, door, datum: datetime.date, toelichting: str = ""):
    """Creates the (her)controle (through toezicht when available) and waits for its uitslag."""
    hz = controleer(hz, "hercontrole", door)
    controlezaak = toezicht.start_hercontrole(hz, door=door, datum=datum)
    leg_stap_vast(
        hz,
        StapSoort.HERCONTROLE,
        door=door,
        datum=timezone.localdate(),
        toelichting=toelichting or f"Hercontrole {controlezaak.identificatie} op {datum:%d-%m-%Y}.",
    )
    zaakstatus(hz, "hercontrole", door=door, toelichting=f"Hercontrole op {datum:%d-%m-%Y}")
    hz.vorige_fase = hz.fase
    zet_fase(hz, Fase.HERCONTROLE, termijn=datum, termijn_omschrijving="Hercontrole", door=door)
    return controlezaak


@transaction.atomic
def verwerk_hercontrole(
    hz: Handhavingszaak, *, door, nageleefd: bool, datum: datetime.date | None = None, toelichting: str = ""
) -> Handhavingszaak:
    """The uitslag: nageleefd, or not — then the matrix escalates one rung (DOMAIN.md §4)."""
    hz = controleer(hz, "hercontrole_uitslag", door, *STARTEN)
    terug = hz.vorige_fase or Fase.CONSTATERING
    if not nageleefd:
        hz.mislukte_hercontroles += 1
    tekst = "Overtreding beëindigd." if nageleefd else f"Overtreding niet beëindigd ({hz.mislukte_hercontroles}e keer)."
    leg_stap_vast(
        hz,
        StapSoort.HERCONTROLE_UITSLAG,
        door=door,
        datum=_vandaag(datum),
        toelichting=f"{tekst} {toelichting}".strip(),
    )
    hz.vorige_fase = ""
    if not nageleefd:
        from handhaving.actions.starten import voorstel_voor

        voorstel = voorstel_voor(hz)
        if voorstel is not None:
            hz.voorgestelde_interventie, hz.voorstel_uitleg = voorstel.rung, voorstel.uitleg
            hz.save(update_fields=["voorgestelde_interventie", "voorstel_uitleg"])
    termijn = None
    if terug == Fase.LAST:
        last = hz.lasten.order_by("-bekendgemaakt_op", "-id").first()
        termijn = last.begunstigingstermijn_einde if last else None
    zet_fase(
        hz,
        terug,
        door=door,
        termijn=termijn if not nageleefd else None,
        termijn_omschrijving="Verbeurte vastleggen" if termijn else "",
    )
    return hz


@transaction.atomic
def verstuur_voornemen(
    hz: Handhavingszaak,
    *,
    door,
    soort: str = "lod",
    verzonden: datetime.date | None = None,
    zienswijze_weken: int | None = None,
    maatregel: str = "",
    bedrag=None,
    eenheid: str = "",
    maximum=None,
    toelichting: str = "",
) -> Handhavingszaak:
    """Voornemen (vooraankondiging) of a last, with the zienswijzetermijn (Awb 4:8)."""
    hz = controleer(hz, "voornemen", door)
    verzonden = _vandaag(verzonden)
    weken = zienswijze_weken or termijnen_voor(hz.organisatie, hz.gekozen_interventie).zienswijze_weken
    berekening = ht.bereken_zienswijze(verzonden, weken, kalender=kalender_voor_django())
    gegevens = briefgegevens(
        hz,
        termijnen={"zienswijze_tot": berekening.einddatum},
        soort_last="last onder dwangsom" if soort == "lod" else "last onder bestuursdwang",
    )
    if maatregel:
        gegevens["handhaving"]["maatregel"] = maatregel
    if bedrag is not None:
        from handhaving.models import Eenheid

        gegevens["handhaving"].update(
            dwangsom_bedrag=bedrag, dwangsom_per=Eenheid(eenheid or "ineens").label, dwangsom_maximum=maximum
        )
    document = brieven.maak_brief(hz.zaak, "handhaving_voornemen", door=door, extra=gegevens, definitief=True)
    leg_stap_vast(
        hz,
        StapSoort.VOORNEMEN,
        door=door,
        datum=verzonden,
        berekening=berekening,
        document=document,
        toelichting=toelichting
        or f"Voornemen {'last onder dwangsom' if soort == 'lod' else 'last onder bestuursdwang'} verzonden.",
    )
    zaakstatus(hz, "voornemen", door=door, toelichting=f"Zienswijze tot {berekening.einddatum:%d-%m-%Y}")
    zet_fase(
        hz, Fase.VOORNEMEN, termijn=berekening.einddatum, termijn_omschrijving="Einde zienswijzetermijn", door=door
    )
    return hz


@transaction.atomic
def verwerk_zienswijze(
    hz: Handhavingszaak, *, door, ontvangen: bool, samenvatting: str = "", datum: datetime.date | None = None
) -> Handhavingszaak:
    hz = controleer(hz, "zienswijze", door, BESLUITEN)
    if ontvangen and not samenvatting.strip():
        raise HandhavingFout("Vat de zienswijze samen en geef aan hoe die is meegewogen.")
    tekst = samenvatting if ontvangen else "Geen zienswijze ontvangen binnen de termijn."
    leg_stap_vast(hz, StapSoort.ZIENSWIJZE, door=door, datum=_vandaag(datum), toelichting=tekst)
    zaakstatus(hz, "zienswijze", door=door, toelichting=tekst[:200])
    zet_fase(hz, Fase.ZIENSWIJZE, door=door)
    return hz

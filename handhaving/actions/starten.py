"""Starting a handhavingszaak, adding overtredingen, and the interventie decision."""

import datetime

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from handhaving.actions.basis import (
    BESLUITEN,
    HandhavingFout,
    controleer,
    leg_stap_vast,
    vereis_recht,
)
from handhaving.instellingen import matrix_voor
from handhaving.matrix import MatrixFout, niveau, stel_voor
from handhaving.models import Aanleiding, Handhavingszaak, Overtreding, StapSoort
from zaken import actions as zaak_actions

STARTEN = (BESLUITEN, "toezicht.uitvoeren")


def _zaaktype(organisatie, identificatie: str):
    from handhaving.toezicht import _geldig_zaaktype

    return _geldig_zaaktype(organisatie, identificatie)


@transaction.atomic
def start_handhavingszaak(
    *,
    organisatie,
    door,
    omschrijving: str,
    overtreding: str,
    wettelijke_grondslag: str = "",
    locatie: str = "",
    maatregel: str = "",
    aanleiding: str = Aanleiding.HANDMATIG,
    geconstateerd_op: datetime.date | None = None,
    overtreder=None,
    overtreder_gegevens: dict | None = None,
    bron_bevinding_id: int | None = None,
    bron_zaak=None,
    behandelaar=None,
) -> Handhavingszaak:
    """A zaak 'Handhavingsbesluit nemen' in fase constatering with its first overtreding.
    `overtreder` is a Betrokkene of another zaak (copied) or give `overtreder_gegevens`
    (naam, betrokkene_type, bsn/kvk_nummer, adres)."""
    vereis_recht(door, organisatie, *STARTEN)
    if not overtreding.strip():
        raise HandhavingFout("Beschrijf de overtreding.")
    geconstateerd_op = geconstateerd_op or timezone.localdate()
    zaak = zaak_actions.registreer_zaak(
        zaaktype=_zaaktype(organisatie, "HANDHAVINGSBESLUIT"),
        door=door,
        omschrijving=omschrijving[:300],
        startdatum=min(geconstateerd_op, timezone.localdate()),
        behandelaar=behandelaar,
    )
    hz = Handhavingszaak.objects.create(zaak=zaak, organisatie=organisatie, aanleiding=aanleiding)
    if locatie:
        zaak_actions.voeg_locatie_toe(zaak, door=door, omschrijving=locatie)
    if bron_zaak is not None:
        zaak_actions.relateer_zaak(zaak, bron_zaak, door=door, aard="onderwerp")
    voeg_overtreding_toe(
        hz,
        door=door,
        omschrijving=overtreding,
        wettelijke_grondslag=wettelijke_grondslag,
        locatie=locatie,
        maatregel=maatregel,
        geconstateerd_op=geconstateerd_op,
        overtreder=overtreder,
        overtreder_gegevens=overtreder_gegevens,
        bron_bevinding_id=bron_bevinding_id,
    )
    leg_stap_vast(
        hz,
        StapSoort.CONSTATERING,
        door=door,
        datum=geconstateerd_op,
        toelichting=f"Aanleiding: {Aanleiding(aanleiding).label}.",
    )
    return hz


def _overtreder(hz, door, overtreder, gegevens: dict | None):
    if overtreder is None and not gegevens:
        return None
    roltype = hz.zaak.zaaktype.roltypen.filter(omschrijving="Overtreder").first()
    if roltype is None:
        raise HandhavingFout("Het zaaktype heeft geen rol 'Overtreder'.")
    if overtreder is not None:
        if overtreder.zaak_id == hz.zaak_id:
            return overtreder
        velden = [
            "betrokkene_type",
            "naam",
            "bsn",
            "kvk_nummer",
            "vestigingsnummer",
            "straat",
            "huisnummer",
            "huisletter",
            "toevoeging",
            "postcode",
            "woonplaats",
            "email",
            "telefoon",
        ]
        gegevens = {v: getattr(overtreder, v) for v in velden}
    gegevens = dict(gegevens)
    return zaak_actions.voeg_betrokkene_toe(
        hz.zaak,
        roltype=roltype,
        door=door,
        betrokkene_type=gegevens.pop("betrokkene_type", "natuurlijk_persoon"),
        naam=gegevens.pop("naam"),
        **{k: v for k, v in gegevens.items() if v},
    )


@transaction.atomic
def voeg_overtreding_toe(
    hz: Handhavingszaak,
    *,
    door,
    omschrijving: str,
    wettelijke_grondslag: str = "",
    locatie: str = "",
    maatregel: str = "",
    geconstateerd_op: datetime.date | None = None,
    overtreder=None,
    overtreder_gegevens: dict | None = None,
    bron_bevinding_id: int | None = None,
    fotos=(),
) -> Overtreding:
    hz = controleer(hz, "overtreding", door, *STARTEN)
    overtreding = Overtreding.objects.create(
        handhavingszaak=hz,
        omschrijving=omschrijving,
        wettelijke_grondslag=wettelijke_grondslag,
        locatie=locatie,
        maatregel=maatregel,
        geconstateerd_op=geconstateerd_op or timezone.localdate(),
        overtreder=_overtreder(hz, door, overtreder, overtreder_gegevens),
        bron_bevinding_id=bron_bevinding_id,
    )
    if fotos:
        overtreding.fotos.set([f for f in fotos if f.zaak_id == hz.zaak_id])
    log_gebeurtenis(
        organisatie=hz.organisatie,
        door=door,
        actie="handhaving.overtreding",
        zaak=hz.zaak,
        obj=overtreding,
        omschrijving=f"Overtreding vastgelegd: {omschrijving[:150]}.",
    )
    return overtreding


def voorstel_voor(hz: Handhavingszaak):
    """The matrix proposal for the recorded gedrag/gevolgen (None while not classified)."""
    if not hz.gedrag or not hz.gevolgen:
        return None
    return stel_voor(
        matrix_voor(hz.organisatie),
        hz.gedrag,
        hz.gevolgen,
        recidive=hz.recidive,
        mislukte_hercontroles=hz.mislukte_hercontroles,
        acuut_gevaar=hz.acuut_gevaar,
    )


@transaction.atomic
def kies_interventie(
    hz: Handhavingszaak,
    *,
    door,
    gedrag: str,
    gevolgen: int,
    recidive: bool = False,
    acuut_gevaar: bool = False,
    gekozen: str = "",
    afwijkingsreden: str = "",
) -> Handhavingszaak:
    """Records the classification, the system's proposal and the handhaver's choice. A choice
    other than the proposal needs a reason (LHSO: afwijken is motiveren)."""
    hz = controleer(hz, "interventie", door)
    hz.gedrag, hz.gevolgen, hz.recidive, hz.acuut_gevaar = gedrag.upper(), int(gevolgen), recidive, acuut_gevaar
    try:
        voorstel = voorstel_voor(hz)
        gekozen = (gekozen or voorstel.rung).upper()
        niveau(gekozen)
    except MatrixFout as exc:
        raise HandhavingFout(str(exc)) from exc
    afwijkingsreden = afwijkingsreden.strip()
    if gekozen != voorstel.rung and not afwijkingsreden:
        raise HandhavingFout(f"U kiest {gekozen} in plaats van het voorstel {voorstel.rung}: geef de reden.")
    hz.matrixcode, hz.voorgestelde_interventie, hz.voorstel_uitleg = voorstel.code, voorstel.rung, voorstel.uitleg
    hz.gekozen_interventie = gekozen
    hz.afwijkingsreden = afwijkingsreden if gekozen != voorstel.rung else ""
    hz.save(
        update_fields=[
            "gedrag",
            "gevolgen",
            "recidive",
            "acuut_gevaar",
            "matrixcode",
            "voorgestelde_interventie",
            "voorstel_uitleg",
            "gekozen_interventie",
            "afwijkingsreden",
        ]
    )
    tekst = f"Interventie {gekozen} gekozen (voorstel {voorstel.rung}, cel {voorstel.code})."
    leg_stap_vast(hz, StapSoort.INTERVENTIE, door=door, toelichting=hz.afwijkingsreden or " ".join(voorstel.uitleg))
    log_gebeurtenis(
        organisatie=hz.organisatie,
        door=door,
        actie="handhaving.interventie",
        zaak=hz.zaak,
        obj=hz,
        omschrijving=tekst,
        reden=hz.afwijkingsreden,
        data={"voorstel": voorstel.rung, "gekozen": gekozen, "uitleg": voorstel.uitleg},
    )
    return hz

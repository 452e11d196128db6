"""The controle process as a small explicit state machine (not a viewflow flow): the steps
are few, strictly ordered and mostly driven by the offline app, so a transition table with
one event per transition is easier to test and to reason about than a flow graph.

    gepland → in_uitvoering → uitgevoerd → gerapporteerd → afgehandeld
                                                        ↘ hercontrole → afgehandeld
    gepland / in_uitvoering → afgebroken
"""

import datetime

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from toezicht.fouten import ToezichtFout
from toezicht.models import Aanleiding, Controle, ControleStatus
from zaken import actions as zaak_actions
from zaken.models import Zaaktype

S = ControleStatus
OVERGANGEN: dict[str, set[str]] = {
    S.GEPLAND: {S.IN_UITVOERING, S.UITGEVOERD, S.AFGEBROKEN},
    S.IN_UITVOERING: {S.UITGEVOERD, S.AFGEBROKEN},
    S.UITGEVOERD: {S.GERAPPORTEERD},
    S.GERAPPORTEERD: {S.HERCONTROLE, S.AFGEHANDELD},
    S.HERCONTROLE: {S.AFGEHANDELD},
    S.AFGEHANDELD: set(),
    S.AFGEBROKEN: set(),
}
# Controle status → statustype code of zaaktype CONTROLE (fixtures/catalogus_gm1970.json).
ZAAKSTATUS = {S.UITGEVOERD: "uitgevoerd", S.GERAPPORTEERD: "rapport", S.HERCONTROLE: "hercontrole"}


def controle_zaaktype(organisatie) -> Zaaktype:
    vandaag = timezone.localdate()
    zaaktype = (
        Zaaktype.objects.filter(
            organisatie=organisatie, identificatie="CONTROLE", concept=False, begin_geldigheid__lte=vandaag
        )
        .exclude(einde_geldigheid__lt=vandaag)
        .order_by("-versie")
        .first()
    )
    if zaaktype is None:
        raise ToezichtFout("Er is geen geldig zaaktype 'Controle uitvoeren' voor deze organisatie.")
    return zaaktype


def zet_controlestatus(controle: Controle, nieuw: str, *, door, toelichting: str = "") -> Controle:
    """The one place a controle changes state; writes the event and mirrors it on the zaak."""
    with transaction.atomic():
        controle = Controle.objects.select_for_update().select_related("zaak").get(pk=controle.pk)
        if nieuw == controle.status:
            return controle
        if nieuw not in OVERGANGEN[controle.status]:
            raise ToezichtFout(
                f"Een controle met status '{S(controle.status).label}' kan niet naar '{S(nieuw).label}'."
            )
        oud = controle.status
        controle.status = nieuw
        if nieuw == S.UITGEVOERD and not controle.uitgevoerd_op:
            controle.uitgevoerd_op = timezone.now()
        controle.save(update_fields=["status", "uitgevoerd_op"])
        log_gebeurtenis(
            organisatie=controle.organisatie,
            door=door,
            actie=f"controle.{nieuw}",
            zaak=controle.zaak,
            obj=controle,
            reden=toelichting,
            omschrijving=f"Controle van '{S(oud).label}' naar '{S(nieuw).label}'.",
        )
        if code := ZAAKSTATUS.get(nieuw):
            statustype = controle.zaak.zaaktype.statustypen.get(code=code)
            zaak_actions.zet_status(controle.zaak, statustype, door=door, toelichting=toelichting)
        return controle


@transaction.atomic
def start_controle(
    *,
    organisatie,
    checklistversie,
    door,
    object=None,
    aanleiding: str = Aanleiding.PROGRAMMA,
    bron_zaak=None,
    datum: datetime.date | None = None,
    toezichthouder=None,
    omschrijving: str = "",
    hercontrole_van: Controle | None = None,
) -> Controle:
    """A new zaak 'Controle uitvoeren' with its Controle; also for a vergunning (realisatie),
    melding, klacht or handhavingsverzoek given as `bron_zaak`."""
    if checklistversie.checklist.organisatie_id != organisatie.pk:
        raise ToezichtFout("Deze checklist hoort niet bij de organisatie.")
    if checklistversie.status != "actief":
        raise ToezichtFout("Alleen een actieve checklistversie kan voor een controle worden gebruikt.")
    if bron_zaak is not None and bron_zaak.organisatie_id != organisatie.pk:
        raise ToezichtFout("De aanleiding hoort bij een andere organisatie.")
    plek = object.adres if object else ""
    zaak = zaak_actions.registreer_zaak(
        zaaktype=controle_zaaktype(organisatie),
        door=door,
        bron="handmatig",
        omschrijving=omschrijving or f"Controle {checklistversie.checklist.naam.lower()}{', ' + plek if plek else ''}",
        behandelaar=toezichthouder,
    )
    if object is not None:
        zaak_actions.voeg_locatie_toe(
            zaak,
            door=door,
            omschrijving=object.adres or object.naam,
            straat=object.straat,
            huisnummer=object.huisnummer,
            postcode=object.postcode,
            woonplaats=object.woonplaats,
            nummeraanduiding_id=object.nummeraanduiding_id,
            lat=object.lat,
            lon=object.lon,
        )
    _voeg_partijen_toe(zaak, object, bron_zaak, aanleiding, door)
    controle = Controle.objects.create(
        zaak=zaak,
        organisatie=organisatie,
        object=object,
        checklistversie=checklistversie,
        aanleiding=aanleiding,
        bron_zaak=bron_zaak,
        datum=datum,
        toezichthouder=toezichthouder,
        hercontrole_van=hercontrole_van,
    )
    if bron_zaak is not None:
        zaak_actions.relateer_zaak(zaak, bron_zaak, door=door, aard="onderwerp")
    log_gebeurtenis(
        organisatie=organisatie,
        door=door,
        actie="controle.gestart",
        zaak=zaak,
        obj=controle,
        omschrijving=f"Controle gestart ({Aanleiding(aanleiding).label}) met {checklistversie}.",
    )
    return controle


def _voeg_partijen_toe(zaak, object, bron_zaak, aanleiding: str, door) -> None:
    """Who receives the bezoekrapport: the aanvrager of the vergunning being realised, or the
    object's contact (roltype 'Overtreder' is the catalogus's name for the gecontroleerde)."""
    roltypen = {r.omschrijving: r for r in zaak.zaaktype.roltypen.all()}
    if bron_zaak is not None and aanleiding == Aanleiding.VERGUNNING and "Aanvrager" in roltypen:
        for b in bron_zaak.betrokkenen.filter(roltype__omschrijving_generiek="initiator"):
            zaak_actions.voeg_betrokkene_toe(
                zaak,
                roltype=roltypen["Aanvrager"],
                door=door,
                betrokkene_type=b.betrokkene_type,
                naam=b.naam,
                bsn=b.bsn,
                kvk_nummer=b.kvk_nummer,
                straat=b.straat,
                huisnummer=b.huisnummer,
                postcode=b.postcode,
                woonplaats=b.woonplaats,
                email=b.email,
            )
    elif object is not None and object.contactnaam and "Overtreder" in roltypen:
        zaak_actions.voeg_betrokkene_toe(
            zaak,
            roltype=roltypen["Overtreder"],
            door=door,
            betrokkene_type="vestiging" if object.kvk_nummer else "niet_natuurlijk_persoon",
            naam=object.contactnaam,
            email=object.contact_email,
            straat=object.straat,
            huisnummer=object.huisnummer,
            postcode=object.postcode,
            woonplaats=object.woonplaats,
        )


def plan_controle(
    controle: Controle, *, datum: datetime.date, toezichthouder, door, volgorde: int | None = None
) -> Controle:
    """Plannen: the date and the toezichthouder; the toezichthouder becomes the behandelaar."""
    from clo.accounts.models import Lidmaatschap

    if controle.status not in (S.GEPLAND, S.IN_UITVOERING):
        raise ToezichtFout("Alleen een controle die nog niet is uitgevoerd kan worden (her)gepland.")
    lid = (
        Lidmaatschap.objects.actief().filter(medewerker=toezichthouder, organisatie_id=controle.organisatie_id).first()
    )
    if lid is None or "toezicht.uitvoeren" not in lid.rechten:
        raise ToezichtFout(f"{toezichthouder} is geen toezichthouder van deze organisatie.")
    with transaction.atomic():
        controle.datum = datum
        controle.toezichthouder = toezichthouder
        if volgorde is not None:
            controle.volgorde = volgorde
        controle.save(update_fields=["datum", "toezichthouder", "volgorde"])
        if controle.zaak.behandelaar_id != toezichthouder.pk:
            zaak_actions.wijs_behandelaar_toe(controle.zaak, toezichthouder, door=door)
        log_gebeurtenis(
            organisatie=controle.organisatie,
            door=door,
            actie="controle.gepland",
            zaak=controle.zaak,
            obj=controle,
            omschrijving=f"Controle gepland op {datum:%d-%m-%Y} voor {toezichthouder}.",
        )
    return controle


@transaction.atomic
def plan_hercontrole(controle: Controle, *, datum: datetime.date, door, toezichthouder=None) -> Controle:
    """After the hersteltermijn: a new controle zaak with the same checklist version and object."""
    zet_controlestatus(controle, S.HERCONTROLE, door=door, toelichting=f"Hercontrole op {datum:%d-%m-%Y}")
    nieuw = start_controle(
        organisatie=controle.organisatie,
        checklistversie=controle.checklistversie,
        door=door,
        object=controle.object,
        aanleiding=Aanleiding.HERCONTROLE,
        bron_zaak=controle.zaak,
        hercontrole_van=controle,
        omschrijving=f"Hercontrole {controle.zaak.omschrijving[:200]}",
    )
    plan_controle(nieuw, datum=datum, toezichthouder=toezichthouder or controle.toezichthouder, door=door)
    return nieuw


@transaction.atomic
def handel_controle_af(
    controle: Controle, *, door, resultaat_code: str = "uitgevoerd", toelichting: str = ""
) -> Controle:
    afbreken = resultaat_code == "afgebroken"
    controle = zet_controlestatus(
        controle, S.AFGEBROKEN if afbreken else S.AFGEHANDELD, door=door, toelichting=toelichting
    )
    resultaattype = controle.zaak.zaaktype.resultaattypen.filter(code=resultaat_code).first()
    if resultaattype is None:
        raise ToezichtFout(f"Onbekend resultaat '{resultaat_code}'.")
    zaak_actions.sluit_zaak(controle.zaak, resultaattype, door=door, toelichting=toelichting)
    return controle

import datetime

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken import signals
from zaken.archief import archiefgegevens
from zaken.models import Resultaat, Status, Zaak, ZaaknummerReeks


class ZaakFout(Exception):
    """A request the rules do not allow; the message is Dutch and shown to the user."""


def _zaaknummer(organisatie, datum: datetime.date) -> str:
    nummer = ZaaknummerReeks.volgende(organisatie, datum.year)
    return f"{organisatie.zaaknummer_prefix}-{datum.year}-{nummer:06d}"


def registreer_zaak(
    *,
    zaaktype,
    omschrijving: str,
    door,
    startdatum: datetime.date | None = None,
    toelichting: str = "",
    vertrouwelijkheidaanduiding: str = "",
    bron: str = "handmatig",
    kanaal: str = "",
    verzoeknummer: str = "",
    behandelaar=None,
    hoofdzaak=None,
) -> Zaak:
    if zaaktype.concept:
        raise ZaakFout("Dit zaaktype is nog een concept en kan niet worden gebruikt.")
    vandaag = timezone.localdate()
    if zaaktype.einde_geldigheid and zaaktype.einde_geldigheid < vandaag:
        raise ZaakFout("Deze versie van het zaaktype is niet meer geldig.")
    startdatum = startdatum or vandaag
    if startdatum > vandaag:
        raise ZaakFout("De ontvangstdatum kan niet in de toekomst liggen.")
    from zaken.termijnbewaking import afdoeningsdatum_bij_start

    velden = {
        "organisatie": zaaktype.organisatie,
        "zaaktype": zaaktype,
        "omschrijving": omschrijving,
        "toelichting": toelichting,
        "startdatum": startdatum,
        "vertrouwelijkheidaanduiding": vertrouwelijkheidaanduiding or zaaktype.vertrouwelijkheidaanduiding,
        "bron": bron,
        "kanaal": kanaal,
        "verzoeknummer": verzoeknummer,
        "behandelaar": behandelaar,
        "hoofdzaak": hoofdzaak,
        # A new zaak has no opschorting or verlenging yet: the derived date is known before the insert.
        "uiterste_afdoeningsdatum": afdoeningsdatum_bij_start(zaaktype, startdatum),
    }
    # The checks above raise before anything is written, so the writes need no savepoint of their
    # own inside a caller's transaction (the DSO intake registers inside one).
    with transaction.atomic(savepoint=False):
        return _registreer(velden, door=door, vandaag=vandaag)


def _registreer(velden: dict, *, door, vandaag: datetime.date) -> Zaak:
    organisatie, zaaktype, startdatum, bron = (velden[k] for k in ("organisatie", "zaaktype", "startdatum", "bron"))
    zaak = Zaak.objects.create(identificatie=_zaaknummer(organisatie, vandaag), **velden)
    log_gebeurtenis(
        organisatie=organisatie,
        door=door,
        actie="zaak.geregistreerd",
        zaak=zaak,
        obj=zaak,
        omschrijving=f"Zaak {zaak.identificatie} geregistreerd ({zaaktype.omschrijving}).",
        data={"bron": bron, "startdatum": startdatum.isoformat()},
    )
    eerste = zaaktype.statustypen.order_by("volgnummer").first()
    if eerste:
        _zet_status(zaak, eerste, door=door, toelichting="Zaak geregistreerd")
    transaction.on_commit(lambda: signals.zaak_geregistreerd.send(sender=Zaak, zaak_id=zaak.pk))
    return zaak


def zet_status(zaak: Zaak, statustype, *, door, toelichting: str = "") -> Status:
    if statustype.zaaktype_id != zaak.zaaktype_id:
        raise ZaakFout("Deze status hoort niet bij het zaaktype van de zaak.")
    if zaak.is_afgesloten:
        raise ZaakFout("De zaak is afgesloten; de status kan niet meer veranderen.")
    with transaction.atomic(savepoint=False):  # checked above; nothing below raises a ZaakFout
        return _zet_status(zaak, statustype, door=door, toelichting=toelichting)


def _zet_status(zaak: Zaak, statustype, *, door, toelichting: str) -> Status:
    status = Status.objects.create(zaak=zaak, statustype=statustype, toelichting=toelichting, gezet_door=door)
    zaak.status = status
    zaak.save(update_fields=["status", "gewijzigd_op"])
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="zaak.status",
        zaak=zaak,
        obj=status,
        omschrijving=f"Status gewijzigd naar '{statustype.omschrijving}'.",
        reden=toelichting,
    )
    if statustype.informeren:
        transaction.on_commit(lambda: signals.status_gezet.send(sender=Zaak, zaak_id=zaak.pk, status_id=status.pk))
    return status


WIJZIGBARE_VELDEN = {"omschrijving", "toelichting", "vertrouwelijkheidaanduiding", "kanaal"}


@transaction.atomic
def wijzig_zaak(zaak: Zaak, *, door, reden: str, **wijzigingen) -> Zaak:
    onbekend = set(wijzigingen) - WIJZIGBARE_VELDEN
    if onbekend:
        raise ZaakFout(f"Deze velden kunnen niet worden gewijzigd: {', '.join(sorted(onbekend))}.")
    if not reden.strip():
        raise ZaakFout("Geef een reden voor de wijziging.")
    oud = {veld: getattr(zaak, veld) for veld in wijzigingen}
    for veld, waarde in wijzigingen.items():
        setattr(zaak, veld, waarde)
    zaak.save(update_fields=[*wijzigingen, "gewijzigd_op"])
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="zaak.gewijzigd",
        zaak=zaak,
        obj=zaak,
        reden=reden,
        omschrijving="Zaakgegevens gewijzigd: " + ", ".join(sorted(wijzigingen)) + ".",
        data={"oud": oud, "nieuw": wijzigingen},
    )
    return zaak


@transaction.atomic
def wijs_behandelaar_toe(zaak: Zaak, behandelaar, *, door, reden: str = "") -> Zaak:
    from clo.accounts.models import Lidmaatschap

    if (
        behandelaar is not None
        and not Lidmaatschap.objects.actief()
        .filter(medewerker=behandelaar, organisatie_id=zaak.organisatie_id)
        .exists()
    ):
        raise ZaakFout("Deze medewerker werkt niet voor de organisatie van de zaak.")
    vorige = zaak.behandelaar
    zaak.behandelaar = behandelaar
    zaak.save(update_fields=["behandelaar", "gewijzigd_op"])
    naam = str(behandelaar) if behandelaar else "niemand"
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="zaak.behandelaar",
        zaak=zaak,
        obj=zaak,
        reden=reden,
        omschrijving=f"Behandelaar gewijzigd van {vorige or 'niemand'} naar {naam}.",
    )
    return zaak


@transaction.atomic
def sluit_zaak(
    zaak: Zaak, resultaattype, *, door, toelichting: str = "", einddatum: datetime.date | None = None
) -> Zaak:
    if zaak.is_afgesloten:
        raise ZaakFout("De zaak is al afgesloten.")
    if resultaattype.zaaktype_id != zaak.zaaktype_id:
        raise ZaakFout("Dit resultaat hoort niet bij het zaaktype van de zaak.")
    eindstatus = zaak.zaaktype.statustypen.filter(is_eindstatus=True).order_by("-volgnummer").first()
    if eindstatus:
        zet_status(zaak, eindstatus, door=door, toelichting=toelichting or "Zaak afgehandeld")
    Resultaat.objects.create(zaak=zaak, resultaattype=resultaattype, toelichting=toelichting)
    zaak.einddatum = einddatum or timezone.localdate()
    zaak.archiefnominatie, zaak.archiefactiedatum = archiefgegevens(zaak, resultaattype)
    zaak.save(update_fields=["einddatum", "archiefnominatie", "archiefactiedatum", "gewijzigd_op"])
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="zaak.afgesloten",
        zaak=zaak,
        obj=zaak,
        reden=toelichting,
        omschrijving=f"Zaak afgesloten met resultaat '{resultaattype.omschrijving}'.",
        data={
            "selectielijstklasse": resultaattype.selectielijstklasse,
            "archiefactiedatum": zaak.archiefactiedatum.isoformat() if zaak.archiefactiedatum else None,
        },
    )
    transaction.on_commit(lambda: signals.zaak_afgesloten.send(sender=Zaak, zaak_id=zaak.pk))
    return zaak

"""Registering a contactmoment; a doorverbinding or terugbelverzoek reaches the behandelaar as a
notification in the werkvoorraad (when that app is installed) and, for a terugbelverzoek, by mail."""

import logging

from django.apps import apps
from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from clo.audit.log import log_gebeurtenis
from zaken.actions.zaak import ZaakFout
from zaken.kcc.models import Contactmoment, Vervolg

logger = logging.getLogger(__name__)


def _naam(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else "Systeem"


def maak_notificatie(*, ontvanger, organisatie, zaak, tekst: str, sleutel: str) -> bool:
    """Lazy adapter: the werkvoorraad's Notificatie if that model exists, so the KCC works
    (with mail and the event on the zaak) whether or not the werkvoorraad is deployed."""
    try:
        notificatie = apps.get_model("werkvoorraad", "Notificatie")
    except LookupError:
        return False
    try:
        with transaction.atomic():
            notificatie.objects.get_or_create(ontvanger=ontvanger, sleutel=sleutel,
                                              defaults={"organisatie": organisatie, "zaak": zaak, "tekst": tekst[:500]})
    except IntegrityError:
        logger.warning("Notificatie %s bestond al", sleutel)
    return True


def _mail_behandelaar(cm_id: int) -> None:
    cm = Contactmoment.objects.select_related("behandelaar", "zaak", "organisatie").get(pk=cm_id)
    if not (cm.behandelaar and cm.behandelaar.email):
        return
    zaak = f" over zaak {cm.zaak.identificatie}" if cm.zaak else ""
    send_mail(
        subject=f"Terugbelverzoek{zaak}",
        message=(f"Het KCC van {cm.organisatie.naam} vraagt u terug te bellen{zaak}.\n\n"
                 f"Vraag: {cm.vraag}\nTerugbelnummer: {cm.terugbelnummer or 'zie de zaak'}\n"
                 f"Geregistreerd door {cm.medewerker_naam} op {cm.tijdstip:%d-%m-%Y %H:%M}.\n"),
        from_email=None, recipient_list=[cm.behandelaar.email], fail_silently=True,
    )


@transaction.atomic
def registreer_contactmoment(*, organisatie, door, kanaal: str, vraag: str, antwoord: str = "", zaak=None,
                             vervolg: str = Vervolg.GEEN, terugbelnummer: str = "") -> Contactmoment:
    if not vraag.strip():
        raise ZaakFout("Beschrijf de vraag van de klant.")
    if zaak is not None and zaak.organisatie_id != organisatie.pk:
        raise ZaakFout("Deze zaak hoort niet bij uw organisatie.")
    behandelaar = None
    if vervolg != Vervolg.GEEN:
        if zaak is None or zaak.behandelaar is None:
            raise ZaakFout("Deze zaak heeft nog geen behandelaar. Registreer de vraag zonder doorverbinden of "
                           "terugbelverzoek en meld haar bij het team.")
        behandelaar = zaak.behandelaar
    if vervolg == Vervolg.TERUGBELVERZOEK and not terugbelnummer.strip():
        raise ZaakFout("Geef het telefoonnummer waarop de klant teruggebeld wil worden.")
    cm = Contactmoment.objects.create(
        organisatie=organisatie, zaak=zaak, kanaal=kanaal, vraag=vraag.strip(), antwoord=antwoord.strip(),
        vervolg=vervolg, behandelaar=behandelaar, terugbelnummer=terugbelnummer.strip(),
        medewerker=door, medewerker_naam=_naam(door),
    )
    # On the zaak's tijdlijn when there is one; a general question is still in the audit trail.
    log_gebeurtenis(
        organisatie=organisatie, door=door, actie="kcc.contactmoment", zaak=zaak, obj=cm,
        omschrijving=f"Contactmoment ({cm.get_kanaal_display().lower()}): {cm.get_vervolg_display()}.",
        data={"kanaal": kanaal, "vervolg": vervolg},
    )
    if behandelaar is not None:
        soort = "Terugbelverzoek" if vervolg == Vervolg.TERUGBELVERZOEK else "Doorverbonden gesprek"
        maak_notificatie(ontvanger=behandelaar, organisatie=organisatie, zaak=zaak,
                         sleutel=f"kcc-contactmoment-{cm.pk}",
                         tekst=f"{soort} van het KCC over zaak {zaak.identificatie}: {cm.vraag}"
                               + (f" (bel {cm.terugbelnummer})" if cm.terugbelnummer else ""))
        if vervolg == Vervolg.TERUGBELVERZOEK:
            transaction.on_commit(lambda: _mail_behandelaar(cm.pk))
    return cm

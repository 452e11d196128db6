"""Adapter to the letters and mail modules of colleagues. They may not be installed yet:
then the zaak's tijdlijn says the letter is still to be made, and the flow carries on."""

import logging

from django.db import transaction

from clo.audit.log import log_gebeurtenis

logger = logging.getLogger(__name__)


def verstuur(zaak, code: str, *, door, extra: dict | None = None) -> None:
    """Queue the letter `code` for this zaak; generation and sending run in Celery."""
    from vergunningen import tasks

    door_id = door.pk if door is not None and door.pk else None
    transaction.on_commit(lambda: tasks.maak_en_verstuur_brief.delay(zaak.pk, code, door_id, extra or {}))


def maak_en_verstuur(zaak, code: str, *, door, extra: dict | None = None):
    try:
        from zaken.brieven.actions import maak_brief, maak_brief_definitief
    except (ImportError, AttributeError):
        return _nog_niet_beschikbaar(zaak, code, door)
    try:
        document = maak_brief(zaak, code, door=door, extra=extra)
        # A letter the process sends out is final: PDF/A, immutable (only definitive
        # documents may be mailed).
        document = maak_brief_definitief(document, door=door)
    except Exception as exc:  # a missing template must not stop the process; it is visible on the zaak
        logger.warning("Brief %s voor zaak %s mislukt: %s", code, zaak.pk, exc)
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="brief.mislukt",
            zaak=zaak,
            omschrijving=f"Brief '{code}' kon niet worden gemaakt: {exc}",
            data={"code": code},
        )
        return None
    try:
        from koppelingen.mail.actions import verstuur_mail
    except (ImportError, AttributeError):
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="mail.nog_niet_beschikbaar",
            zaak=zaak,
            omschrijving=f"Brief '{code}' is gemaakt; de mailmodule is nog niet beschikbaar, "
            "verstuur de brief handmatig.",
            data={"code": code},
        )
        return document
    ontvangers = [
        b
        for b in zaak.betrokkenen.select_related("roltype")
        if b.roltype.omschrijving_generiek in ("initiator", "mede_initiator")
    ]
    from koppelingen.mail.fouten import MailFout

    try:
        # Aanvragers without an e-mail address get the letter by post (noted on the zaak below).
        met_email = [b for b in ontvangers if b.email]
        if not met_email:
            raise MailFout("Geen van de aanvragers heeft een e-mailadres.")
        verstuur_mail(zaak, door=door, sjabloon_code=code, ontvangers=met_email, documenten=(document,), extra=extra)
        if len(met_email) < len(ontvangers):
            raise MailFout("Niet alle aanvragers hebben een e-mailadres.")
    except MailFout as exc:
        # E.g. no e-mail address: the letter exists and the behandelaar must send it by post.
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="mail.niet_verzonden",
            zaak=zaak,
            omschrijving=f"Brief '{code}' is gemaakt maar niet gemaild: {exc} Verstuur de brief per post "
            "of vul het e-mailadres aan en verstuur hem vanaf het tabblad Mail.",
            data={"code": code},
        )
    return document


def _nog_niet_beschikbaar(zaak, code: str, door) -> None:
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="brief.nog_niet_beschikbaar",
        zaak=zaak,
        omschrijving=f"Brief '{code}' nog niet beschikbaar: de briefmodule is nog niet geïnstalleerd; "
        "maak en verstuur de brief handmatig.",
        data={"code": code},
    )
    return None

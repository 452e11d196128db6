import logging
import smtplib
from email.utils import make_msgid

from celery import shared_task
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from koppelingen.mail.models import MailStatus, UitgaandeMail

logger = logging.getLogger(__name__)
MAX_POGINGEN = 5


def _bericht(mail: UitgaandeMail) -> EmailMultiAlternatives:
    bericht = EmailMultiAlternatives(
        subject=mail.onderwerp,
        body=mail.tekst,
        from_email=mail.afzender,
        to=mail.ontvangers,
        cc=mail.cc,
        headers={
            "X-CLO-Zaak": mail.zaak.identificatie if mail.zaak else "",
            # one id for all attempts, so a receiver can dedupe
            "Message-ID": mail.message_id or make_msgid(domain="clo.local"),
        },
    )
    if mail.html:
        bericht.attach_alternative(mail.html, "text/html")
    for document in mail.bijlagen.select_related("laatste_versie"):
        versie = document.laatste_versie
        with versie.bestand.open("rb") as f:
            bericht.attach(versie.bestandsnaam, f.read(), versie.mimetype)
    return bericht


@shared_task(bind=True, max_retries=MAX_POGINGEN - 1, acks_late=True)
def verstuur_uitgaande_mail(self, mail_id: int) -> str:
    """Idempotent: a mail already sent is not sent again. SMTP and network errors are retried
    with exponential backoff; after MAX_POGINGEN the mail is 'mislukt' and that is logged on
    the zaak, where the user can send it again."""
    mail = UitgaandeMail.objects.select_related("zaak", "organisatie").get(pk=mail_id)
    if mail.status == MailStatus.VERZONDEN:
        return mail.status
    bericht = _bericht(mail)
    if not mail.message_id:
        UitgaandeMail.objects.filter(pk=mail.pk).update(message_id=bericht.extra_headers["Message-ID"])
    try:
        get_connection(fail_silently=False).send_messages([bericht])
    except (smtplib.SMTPException, OSError) as exc:
        pogingen = mail.pogingen + 1
        definitief_mislukt = pogingen >= MAX_POGINGEN
        with transaction.atomic():
            UitgaandeMail.objects.filter(pk=mail.pk).update(
                pogingen=pogingen,
                laatste_fout=f"{type(exc).__name__}: {exc}"[:2000],
                status=MailStatus.MISLUKT if definitief_mislukt else MailStatus.WACHTRIJ,
            )
            if definitief_mislukt and mail.zaak:
                log_gebeurtenis(
                    organisatie=mail.organisatie,
                    door=None,
                    actie="mail.mislukt",
                    zaak=mail.zaak,
                    obj=mail,
                    omschrijving=f"Mail '{mail.onderwerp}' kon na {pogingen} pogingen niet worden verzonden.",
                )
        logger.warning("mail niet verzonden", extra={"mail_id": mail_id, "poging": pogingen})
        if definitief_mislukt:
            return MailStatus.MISLUKT
        raise self.retry(exc=exc, countdown=min(30 * 2 ** (pogingen - 1), 3600)) from exc
    with transaction.atomic():
        UitgaandeMail.objects.filter(pk=mail.pk).update(
            status=MailStatus.VERZONDEN, verzonden_op=timezone.now(), pogingen=mail.pogingen + 1, laatste_fout=""
        )
        if mail.zaak:
            log_gebeurtenis(
                organisatie=mail.organisatie,
                door=None,
                actie="mail.verzonden",
                zaak=mail.zaak,
                obj=mail,
                omschrijving=f"Mail '{mail.onderwerp}' verzonden aan {', '.join(mail.ontvangers + mail.cc)}.",
            )
    return MailStatus.VERZONDEN


@shared_task(acks_late=True)
def haal_mail_op() -> dict:
    """Beat task: same as `manage.py mailgateway_ophalen` with the configured source."""
    from koppelingen.mail.bronnen import haal_op_volgens_instellingen

    return haal_op_volgens_instellingen()

"""Thin adapters to colleagues' modules, imported lazily so toezicht works (and is testable)
whichever of them has landed: the PDF entry point and the outgoing mail gateway."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage

logger = logging.getLogger(__name__)


def render_pdf(html: str) -> bytes:
    from clo.pdf import render_pdf as _render

    return _render(html)


def verstuur_rapport(controle, document, pdf: bytes, *, ontvangers: list[str], door, onderwerp: str) -> None:
    try:
        from koppelingen.mail.actions import verstuur_mail
    except ImportError:
        verstuur_mail = None
    if verstuur_mail is not None:
        from koppelingen.mail.actions import MailFout

        try:
            verstuur_mail(
                controle.zaak,
                door=door,
                sjabloon_code="bezoekrapport",
                ontvangers=ontvangers,
                documenten=(document,),
                extra={"controle": controle},
            )
            return
        except MailFout as exc:
            # No mail template configured for this tenant yet: the report must still reach the
            # recipients, so fall back to a plain mail and tell ops why.
            logger.warning("Bezoekrapport %s via eenvoudige mail: %s", controle.zaak.identificatie, exc)
    # Fallback until the mail gateway exists: a plain mail with the PDF attached.
    bericht = EmailMessage(
        subject=onderwerp,
        body=(
            f"Geachte heer/mevrouw,\n\nBijgaand ontvangt u het bezoekrapport van de controle "
            f"{controle.zaak.identificatie}.\n\nMet vriendelijke groet,\n{controle.organisatie.naam}"
        ),
        from_email=controle.organisatie.email or settings.DEFAULT_FROM_EMAIL,
        to=ontvangers,
    )
    bericht.attach(f"bezoekrapport-{controle.zaak.identificatie}.pdf", pdf, "application/pdf")
    bericht.send()
    logger.info("Bezoekrapport %s gemaild aan %d ontvanger(s)", controle.zaak.identificatie, len(ontvangers))

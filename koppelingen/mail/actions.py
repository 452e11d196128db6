"""Writes of the mailgateway. The process engine calls verstuur_mail(zaak, door=..., ...)."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from clo.audit.log import log_gebeurtenis
from koppelingen.mail.fouten import MailFout
from koppelingen.mail.models import MailSjabloon, UitgaandeMail
from zaken.brieven.context import bouw_context
from zaken.brieven.schema import SCHEMA
from zaken.brieven.sjabloontaal import compileer, render, toegestane_paden

logger = logging.getLogger(__name__)
ROLLEN = {"initiator": "initiator", "aanvrager": "initiator", "gemachtigde": "gemachtigde"}


def _adres_van_rol(zaak, rol: str) -> str:
    for b in zaak.betrokkenen.select_related("roltype"):
        if (rol == "initiator" and b.roltype.omschrijving_generiek == "initiator") or (
            rol == "gemachtigde" and b.roltype.omschrijving.lower() == "gemachtigde"
        ):
            if not b.email:
                raise MailFout(f"De {b.roltype.omschrijving.lower()} ({b.naam}) heeft geen e-mailadres.")
            return b.email
    raise MailFout(f"De zaak heeft geen {rol}.")


def _adressen(zaak, waarden) -> list[str]:
    """E-mail addresses, Betrokkene/Medewerker objects, or the roles 'initiator'/'aanvrager'/'gemachtigde'."""
    adressen = []
    for waarde in waarden or ():
        if hasattr(waarde, "email"):  # a Betrokkene or Medewerker
            if not waarde.email:
                raise MailFout(f"{waarde} heeft geen e-mailadres.")
            adres = waarde.email
        elif waarde.lower() in ROLLEN:
            adres = _adres_van_rol(zaak, ROLLEN[waarde.lower()])
        else:
            adres = waarde.strip()
        try:
            validate_email(adres)
        except ValidationError as exc:
            raise MailFout(f"'{adres}' is geen geldig e-mailadres.") from exc
        if adres not in adressen:
            adressen.append(adres)
    return adressen


def standaard_ontvangers(zaak) -> list[str]:
    """Awb 2:1/2:2: with a gemachtigde, correspondence goes to the gemachtigde."""
    for rol in ("gemachtigde", "initiator"):
        try:
            return [_adres_van_rol(zaak, rol)]
        except MailFout:
            continue
    return []


def _sjabloon(organisatie, code: str, *, met_bijlage: bool) -> MailSjabloon:
    """The template with this code; a letter code without its own mail template (e.g.
    'ontvangstbevestiging') falls back to the generic 'brief' or 'statusbericht' template."""
    sjablonen = {s.code: s for s in MailSjabloon.objects.filter(organisatie=organisatie, actief=True)}
    sjabloon = sjablonen.get(code) or sjablonen.get("brief" if met_bijlage else "statusbericht")
    if sjabloon is None:
        raise MailFout(f"Er is geen actief mailsjabloon '{code}' voor {organisatie.naam}.")
    return sjabloon


def _bekende_gegevens(extra: dict) -> dict:
    """Only declared placeholder paths reach a mail template; anything else (e.g. a model
    instance passed by a caller) is left out and logged instead of failing the mail."""
    paden = toegestane_paden(SCHEMA)

    def filter_(waarde: dict, prefix: str) -> dict:
        uit = {}
        for sleutel, sub in waarde.items():
            pad = f"{prefix}.{sleutel}" if prefix else str(sleutel)
            if pad not in paden:
                logger.info("mailgegevens %s weggelaten: geen placeholder", pad)
            elif isinstance(sub, dict):
                uit[sleutel] = filter_(sub, pad)
            else:
                uit[sleutel] = sub
        return uit

    return filter_(extra, "")


def _render(bron: str, context: dict, *, html: bool) -> str:
    try:
        return render(compileer(bron, SCHEMA, html=html), context) if bron else ""
    except ValidationError as exc:
        raise MailFout(" ".join(exc.messages)) from exc


def verstuur_mail(
    zaak, *, door, sjabloon_code: str, ontvangers, documenten=(), extra: dict | None = None, cc=()
) -> UitgaandeMail:
    """Logs the mail on the zaak and queues the sending task on commit (retries on SMTP errors)."""
    documenten = list(documenten)
    sjabloon = _sjabloon(zaak.organisatie, sjabloon_code, met_bijlage=bool(documenten))
    for document in documenten:
        if document.zaak_id != zaak.pk:
            raise MailFout(f"Document '{document.titel}' hoort niet bij deze zaak.")
        if not document.is_definitief:
            raise MailFout(
                f"Document '{document.titel}' is nog niet definitief; alleen definitieve stukken worden verzonden."
            )
    naar = _adressen(zaak, ontvangers)
    if not naar:
        raise MailFout("Geef ten minste één ontvanger op.")
    kopie = [a for a in _adressen(zaak, cc) if a not in naar]
    extra = _bekende_gegevens(extra or {})
    if documenten:
        extra.setdefault("document", {})["titel"] = documenten[0].titel
    context = bouw_context(zaak, extra=extra)
    with transaction.atomic():
        mail = UitgaandeMail.objects.create(
            organisatie=zaak.organisatie,
            zaak=zaak,
            sjabloon_code=sjabloon_code,
            afzender=zaak.organisatie.email or settings.DEFAULT_FROM_EMAIL,
            ontvangers=naar,
            cc=kopie,
            onderwerp=" ".join(_render(sjabloon.onderwerp, context, html=False).split())[:300],
            tekst=_render(sjabloon.tekst, context, html=False),
            html=_render(sjabloon.html, context, html=True),
            aangemaakt_door=door if door is not None and door.pk else None,
        )
        mail.bijlagen.set(documenten)
        bijlagen = ", ".join(d.titel for d in documenten)
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="mail.aangeboden",
            zaak=zaak,
            obj=mail,
            omschrijving=f"Mail '{mail.onderwerp}' aan {', '.join(naar + kopie)}"
            f"{' met bijlage(n) ' + bijlagen if bijlagen else ''} in de wachtrij gezet.",
        )
        transaction.on_commit(lambda: _start(mail.pk))
    return mail


def _start(mail_id: int) -> None:
    from koppelingen.mail.tasks import verstuur_uitgaande_mail

    verstuur_uitgaande_mail.delay(mail_id)


from koppelingen.mail.archiveren import archiveer_inkomend, wijs_bericht_toe  # noqa: E402,F401 - the app's door

"""Safe parsing of incoming mail with the stdlib (policy=default): headers decoded, never
executed or rendered; attachments returned as bytes with their declared name."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime


@dataclass
class Bijlage:
    naam: str
    inhoud: bytes
    mimetype: str


@dataclass
class Bericht:
    message_id: str
    afzender: str
    ontvangers: list[str]
    onderwerp: str
    datum: datetime | None
    tekst: str
    bijlagen: list[Bijlage] = field(default_factory=list)


def _kop(msg: EmailMessage, naam: str) -> str:
    try:
        return str(msg.get(naam, "") or "").strip()
    except (ValueError, TypeError, IndexError):  # malformed header: keep going without it
        return ""


def message_id(raw: bytes) -> str:
    """The Message-ID, or a stable id from the content when the sender left it out."""
    msg = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
    mid = _kop(msg, "Message-ID")
    return mid[:500] if mid else f"<sha256-{hashlib.sha256(raw).hexdigest()}@clo.invalid>"


def parse(raw: bytes) -> Bericht:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    try:
        datum = parsedate_to_datetime(_kop(msg, "Date")) if _kop(msg, "Date") else None
    except (TypeError, ValueError):
        datum = None
    tekstdeel = msg.get_body(preferencelist=("plain", "html"))
    try:
        tekst = tekstdeel.get_content() if tekstdeel is not None else ""
    except (LookupError, ValueError):
        tekst = ""
    bijlagen = []
    for deel in msg.iter_attachments():
        inhoud = deel.get_payload(decode=True) or b""
        if isinstance(deel, EmailMessage) and deel.get_content_type() == "message/rfc822" and not inhoud:
            inhoud = bytes(deel.get_payload()[0]) if deel.get_payload() else b""
        naam = deel.get_filename() or f"bijlage-{len(bijlagen) + 1}"
        bijlagen.append(Bijlage(naam=naam, inhoud=inhoud, mimetype=deel.get_content_type()))
    return Bericht(
        message_id=message_id(raw),
        afzender=_kop(msg, "From")[:300],
        ontvangers=[a.strip() for a in _kop(msg, "To").split(",") if a.strip()],
        onderwerp=" ".join(_kop(msg, "Subject").split())[:500],
        datum=datum,
        tekst=tekst,
        bijlagen=bijlagen,
    )


def zaaknummers_in(tekst: str, prefixen: list[str]) -> list[str]:
    """Zaaknummers like NEF-2026-000123 in a subject, for the known tenant prefixes."""
    if not prefixen:
        return []
    patroon = re.compile(r"\b(" + "|".join(map(re.escape, prefixen)) + r")-(\d{4})-(\d{1,6})\b", re.IGNORECASE)
    return [f"{p.upper()}-{j}-{int(n):06d}" for p, j, n in patroon.findall(tekst)]

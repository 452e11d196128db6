"""Fetch bijlagen and store them as zaak documents: streamed to a temporary file with size and
checksum checks, then handed to voeg_document_toe (which streams into private storage)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from zaken.actions import DocumentFout, voeg_document_toe
from zaken.models import Documenttype
from zaken.uploads import Controle

from ...errors import KoppelingFout
from ..models import Bericht, Bijlage, BijlageStatus, DsoKoppeling
from .client import DownloadFout, VerzoekAfhandelenClient, bestand_in_map
from .downloads import Downloader

logger = logging.getLogger(__name__)

# Keyword in DSO's documentsoort / generic documenttype -> CLO documenttype code.
_DOCUMENTTYPEN = (
    ("verzoek (publiceerbare pdf)", "aanvraagformulier"),
    ("constructie", "constructieberekening"),
    ("berekening", "constructieberekening"),
    ("tekening", "bouwtekening"),
    ("foto", "foto"),
)


def documenttype_voor(bijlage: Bijlage, organisatie, typen: dict[str, Documenttype] | None = None) -> Documenttype:
    """`typen` (code -> Documenttype of the organisatie) saves a lookup per bijlage when given."""
    tekst = f"{bijlage.documentsoort} {bijlage.documenttype_generiek}".lower()
    code = next((c for woord, c in _DOCUMENTTYPEN if woord in tekst), "overig")
    if typen is not None:
        gevonden = typen.get(code) or typen.get("overig")
        if gevonden is None:
            raise Documenttype.DoesNotExist(f"Documenttype 'overig' ontbreekt voor {organisatie}.")
        return gevonden
    return Documenttype.objects.filter(organisatie=organisatie, code=code).first() or Documenttype.objects.get(
        organisatie=organisatie, code="overig"
    )


def _documenttypen(organisatie_id: int | None) -> dict[str, Documenttype]:
    """One query per message instead of one or two per bijlage; the first of a code wins, as .first() did."""
    typen: dict[str, Documenttype] = {}
    for documenttype in Documenttype.objects.filter(organisatie_id=organisatie_id).order_by("pk"):
        typen.setdefault(documenttype.code, documenttype)
    return typen


def _max_bytes(koppeling: DsoKoppeling | None) -> int:
    limiet = settings.DOCUMENT_MAX_BYTES
    return min(limiet, koppeling.max_bijlage_mb * 1_048_576) if koppeling else limiet


def _client(bericht: Bericht) -> tuple[VerzoekAfhandelenClient | None, DsoKoppeling | None]:
    koppeling = (
        DsoKoppeling.objects.filter(organisatie=bericht.organisatie, actief=True)
        .select_related("service", "organisatie")
        .first()
    )
    return (VerzoekAfhandelenClient.voor_koppeling(koppeling) if koppeling else None), koppeling


def haal_bijlagen(bericht: Bericht) -> list[Bijlage]:
    """Fetches every open bijlage of `bericht`; returns those that failed (with their reason)."""
    open_ = list(
        Bijlage.objects.filter(bericht=bericht)
        .exclude(status=BijlageStatus.OPGEHAALD)
        .select_related("zaak__organisatie")
    )
    if not open_:
        return []
    client, koppeling = _client(bericht) if any(b.url for b in open_) else (None, None)
    typen = _documenttypen(bericht.organisatie_id)
    max_bytes = _max_bytes(koppeling)
    mislukt = []
    with contextlib.ExitStack() as stapel:
        downloader = stapel.enter_context(Downloader(client, open_, max_bytes)) if client else None
        for bijlage in open_:
            try:
                _haal_een(bericht, bijlage, downloader, max_bytes, typen)
            except (KoppelingFout, DocumentFout, OSError) as exc:
                _registreer_fout(bericht, bijlage, exc, mislukt)
    return mislukt


def _registreer_fout(bericht: Bericht, bijlage: Bijlage, exc: Exception, mislukt: list[Bijlage]) -> None:
    melding = getattr(exc, "melding", None) or str(exc)
    Bijlage.objects.filter(pk=bijlage.pk).update(
        status=BijlageStatus.FOUT, fout_melding=melding[:2000], pogingen=bijlage.pogingen + 1
    )
    bijlage.fout_melding = melding
    mislukt.append(bijlage)
    logger.warning("bijlage %s van %s niet opgehaald: %s", bijlage, bericht, exc)


def _haal_een(
    bericht: Bericht, bijlage: Bijlage, downloader: Downloader | None, max_bytes: int, typen: dict[str, Documenttype]
) -> None:
    if bijlage.url:
        if downloader is None:
            raise DownloadFout("Er is geen actieve DSO-koppeling voor deze organisatie om de bijlage op te halen.")
        ontvangen = downloader.ontvang(bijlage)
        with ontvangen.bestand as tmp:
            bekend = Controle(mimetype="", grootte=ontvangen.download.grootte, sha256=ontvangen.download.sha256)
            _bewaar(bijlage, _Gedownload(tmp, name=bijlage.bestandsnaam), typen, bekend)
    elif bericht.bijlagen_map:
        pad = bestand_in_map(bericht.bijlagen_map, bijlage.bestandsnaam)
        if not pad.is_file():
            raise DownloadFout(
                f"De bijlage '{bijlage.bestandsnaam}' staat niet in de map {Path(bericht.bijlagen_map)}."
            )
        if pad.stat().st_size > max_bytes:
            raise DownloadFout(f"De bijlage '{bijlage.bestandsnaam}' is groter dan {max_bytes // 1_048_576} MB.")
        with pad.open("rb") as fh:
            _bewaar(bijlage, File(fh, name=bijlage.bestandsnaam), typen)
    else:
        raise DownloadFout(
            "Voor deze bijlage is geen bron bekend (geen downloadlink en geen bijlagenmap). "
            "Lees het bericht opnieuw in met --bijlagen of haal het op via de DSO-koppeling."
        )


class _Gedownload(File):
    """A downloaded temporary file: storage on the same disk moves it into place instead of
    copying it (Django's FileSystemStorage looks for temporary_file_path)."""

    def temporary_file_path(self) -> str:
        return self.file.name


@transaction.atomic
def _bewaar(bijlage: Bijlage, bestand: File, typen: dict[str, Documenttype], bekend: Controle | None = None) -> None:
    # One transaction per document on purpose: a failing or huge bijlage must not undo (or hold
    # locks over) the ones already stored, and a redelivered task resumes where this one stopped.
    zaak = bijlage.zaak
    document = voeg_document_toe(
        zaak,
        bestand=bestand,
        bestandsnaam=bijlage.bestandsnaam,
        titel=bijlage.bestandsnaam,
        documenttype=documenttype_voor(bijlage, zaak.organisatie, typen),
        door=None,
        bron="dso",
        vertrouwelijkheidaanduiding="vertrouwelijk" if bijlage.vertrouwelijk else "",
        bekend=bekend,
    )
    # Claim the row with the write itself instead of a SELECT ... FOR UPDATE first: a parallel
    # worker's UPDATE waits for this commit, then matches nothing and undoes its own document.
    geclaimd = (
        Bijlage.objects.filter(pk=bijlage.pk)
        .exclude(status=BijlageStatus.OPGEHAALD)
        .update(
            document=document,
            status=BijlageStatus.OPGEHAALD,
            fout_melding="",
            opgehaald_op=timezone.now(),
            pogingen=F("pogingen") + 1,
        )
    )
    if not geclaimd:
        transaction.set_rollback(True)

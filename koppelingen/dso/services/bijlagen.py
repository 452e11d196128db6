"""Fetch bijlagen and store them as zaak documents: streamed to a temporary file with size and
checksum checks, then handed to voeg_document_toe (which streams into private storage)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.db.models import BigIntegerField, Case, F, Value, When
from django.utils import timezone

from zaken.actions import DocumentFout, NieuwDocument, controleer_document, voeg_documenten_toe
from zaken.models import Documenttype
from zaken.uploads import Controle

from ...errors import KoppelingFout
from ..models import Bericht, Bijlage, BijlageStatus, DsoKoppeling
from .client import DownloadFout, VerzoekAfhandelenClient, bestand_in_map
from .downloads import PARALLEL, Downloader

logger = logging.getLogger(__name__)
GROEP = PARALLEL  # bijlagen stored per transaction: those the parallel downloads deliver together

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


def haal_bijlagen(bericht: Bericht, afronden: dict | None = None) -> list[Bijlage]:
    """Fetches every open bijlage of `bericht`; returns those that failed (with their reason).

    The bijlagen are stored in groups of those received at the same time (the parallel downloads),
    each group in one transaction. `afronden`: fields for the bericht row, written in the
    transaction of the last group when nothing failed (the message is done the moment its last
    document is), or on their own when there was nothing to store."""
    open_ = list(
        Bijlage.objects.filter(bericht=bericht)
        .exclude(status=BijlageStatus.OPGEHAALD)
        .select_related("zaak__organisatie")
    )
    if not open_:
        if afronden:
            Bericht.objects.filter(pk=bericht.pk).update(**afronden)
        return []
    mislukt: list[Bijlage] = []
    client, koppeling = _client(bericht) if any(b.url for b in open_) else (None, None)
    typen = _documenttypen(bericht.organisatie_id)
    max_bytes = _max_bytes(koppeling)
    with contextlib.ExitStack() as stapel:
        downloader = stapel.enter_context(Downloader(client, open_, max_bytes)) if client else None
        groepen = [open_[i : i + GROEP] for i in range(0, len(open_), GROEP)]
        for nummer, groep in enumerate(groepen, start=1):
            with contextlib.ExitStack() as bestanden:
                klaar = [
                    ontvangen
                    for bijlage in groep
                    if (ontvangen := _ontvang(bericht, bijlage, downloader, max_bytes, typen, bestanden, mislukt))
                ]
                try:
                    _bewaar(bericht.pk, klaar, afronden if nummer == len(groepen) and not mislukt else None)
                except (DocumentFout, OSError) as exc:  # a full disk: the group stays open, to retry
                    for ontvangen in klaar:
                        _registreer_fout(bericht, ontvangen.bijlage, exc, mislukt)
    return mislukt


def _registreer_fout(bericht: Bericht, bijlage: Bijlage, exc: Exception, mislukt: list[Bijlage]) -> None:
    melding = getattr(exc, "melding", None) or str(exc)
    Bijlage.objects.filter(pk=bijlage.pk).update(
        status=BijlageStatus.FOUT, fout_melding=melding[:2000], pogingen=bijlage.pogingen + 1
    )
    bijlage.fout_melding = melding
    mislukt.append(bijlage)
    logger.warning("bijlage %s van %s niet opgehaald: %s", bijlage, bericht, exc)


class _Klaar(NamedTuple):
    bijlage: Bijlage
    document: NieuwDocument


def _ontvang(
    bericht: Bericht,
    bijlage: Bijlage,
    downloader: Downloader | None,
    max_bytes: int,
    typen: dict[str, Documenttype],
    bestanden: contextlib.ExitStack,
    mislukt: list[Bijlage],
) -> _Klaar | None:
    """The bijlage received and checked, ready to store; or None after recording why not."""
    try:
        bestand, bekend = _bestand(bericht, bijlage, downloader, max_bytes, bestanden)
        zaak = bijlage.zaak
        document = NieuwDocument(
            zaak=zaak,
            bestand=bestand,
            bestandsnaam=bijlage.bestandsnaam,
            titel=bijlage.bestandsnaam,
            documenttype=documenttype_voor(bijlage, zaak.organisatie, typen),
            vertrouwelijkheidaanduiding="vertrouwelijk" if bijlage.vertrouwelijk else "",
            bekend=bekend,
        )
        # Checked here, one by one: an unsafe file must not keep the others of its group out.
        document.bekend = controleer_document(document)
        return _Klaar(bijlage, document)
    except (KoppelingFout, DocumentFout, OSError) as exc:
        _registreer_fout(bericht, bijlage, exc, mislukt)
        return None


def _bestand(
    bericht: Bericht, bijlage: Bijlage, downloader: Downloader | None, max_bytes: int, bestanden: contextlib.ExitStack
) -> tuple[File, Controle | None]:
    if bijlage.url:
        if downloader is None:
            raise DownloadFout("Er is geen actieve DSO-koppeling voor deze organisatie om de bijlage op te halen.")
        ontvangen = downloader.ontvang(bijlage)
        tmp = bestanden.enter_context(ontvangen.bestand)
        bekend = Controle(mimetype="", grootte=ontvangen.download.grootte, sha256=ontvangen.download.sha256)
        return _Gedownload(tmp, name=bijlage.bestandsnaam), bekend
    if bericht.bijlagen_map:
        pad = bestand_in_map(bericht.bijlagen_map, bijlage.bestandsnaam)
        if not pad.is_file():
            raise DownloadFout(
                f"De bijlage '{bijlage.bestandsnaam}' staat niet in de map {Path(bericht.bijlagen_map)}."
            )
        if pad.stat().st_size > max_bytes:
            raise DownloadFout(f"De bijlage '{bijlage.bestandsnaam}' is groter dan {max_bytes // 1_048_576} MB.")
        return File(bestanden.enter_context(pad.open("rb")), name=bijlage.bestandsnaam), None
    raise DownloadFout(
        "Voor deze bijlage is geen bron bekend (geen downloadlink en geen bijlagenmap). "
        "Lees het bericht opnieuw in met --bijlagen of haal het op via de DSO-koppeling."
    )


class _Gedownload(File):
    """A downloaded temporary file: storage on the same disk moves it into place instead of
    copying it (Django's FileSystemStorage looks for temporary_file_path)."""

    def temporary_file_path(self) -> str:
        return self.file.name


def _bewaar(bericht_id: int, klaar: list[_Klaar], afronden: dict | None) -> None:
    """One transaction per group: a failing group undoes only itself, and a redelivered task
    resumes with the bijlagen still open. The downloads happened before, so no lock is held
    while bytes travel."""
    with transaction.atomic():
        if klaar:
            # Claim the rows first: a parallel worker (a redelivered task) that stored some of
            # them already is waited for, and those are skipped instead of stored twice.
            vrij = set(
                Bijlage.objects.select_for_update()
                .filter(pk__in=[k.bijlage.pk for k in klaar])
                .exclude(status=BijlageStatus.OPGEHAALD)
                .values_list("pk", flat=True)
            )
            klaar = [k for k in klaar if k.bijlage.pk in vrij]
        documenten = voeg_documenten_toe([k.document for k in klaar], door=None, bron="dso")
        if klaar:
            Bijlage.objects.filter(pk__in=[k.bijlage.pk for k in klaar]).update(
                document_id=Case(
                    *[When(pk=k.bijlage.pk, then=Value(d.pk)) for k, d in zip(klaar, documenten, strict=True)],
                    output_field=BigIntegerField(),
                ),
                status=BijlageStatus.OPGEHAALD,
                fout_melding="",
                opgehaald_op=timezone.now(),
                pogingen=F("pogingen") + 1,
            )
        if afronden:
            Bericht.objects.filter(pk=bericht_id).update(**afronden)

"""Step 1 of the intake: store the raw message, deduplicate, and queue processing on commit."""

from __future__ import annotations

import contextlib
import hashlib
import logging

from django.db import IntegrityError, transaction

from ..models import Bericht, BerichtStatus
from ..stam import MAX_BYTES_STANDAARD, StamFout, parse_verzoek
from .fouten import uit_stamfout

logger = logging.getLogger(__name__)


def _kop(inhoud: bytes) -> dict:
    """The routing fields, read without schema validation (that happens in the task)."""
    verzoek = parse_verzoek(inhoud, valideer=False).verzoek
    return {
        "verzoeknummer": verzoek.verzoeknummer[:40],
        "volgnummer": (verzoek.volgnummer or "")[:10],
        "doel": str(verzoek.doel),
        "type_verzoek": (verzoek.type_verzoek or "")[:60],
        "indieningsdatum": verzoek.indieningsdatum,
    }


def ontvang_bericht(
    inhoud: bytes, *, bron: str = "api", bijlagen_map: str = "", referenties: dict | None = None
) -> tuple[Bericht, bool]:
    """Stores `inhoud` and queues it. Returns (bericht, nieuw); a repeat delivery returns the
    stored bericht with nieuw=False and changes nothing but a counter."""
    if len(inhoud) > MAX_BYTES_STANDAARD:
        # Refuse before hashing/storing gigabytes; the caller reports the reason.
        raise ValueError(f"Het bericht is groter dan {MAX_BYTES_STANDAARD // 1_048_576} MB.")
    sha = hashlib.sha256(inhoud).hexdigest()
    velden: dict = {
        "sha256": sha,
        "inhoud": inhoud,
        "grootte": len(inhoud),
        "bron": bron,
        "bijlagen_map": bijlagen_map,
        "referenties": referenties or {},
    }
    try:
        velden.update(_kop(inhoud))
        sleutel = {"verzoeknummer": velden["verzoeknummer"], "volgnummer": velden["volgnummer"]}
    except StamFout as exc:
        fout = uit_stamfout(exc)
        velden.update(
            status=BerichtStatus.FOUT, fout_soort=fout.soort, fout_melding=fout.melding, fout_detail=fout.detail[:5000]
        )
        sleutel = {"verzoeknummer": "", "sha256": sha}

    # Insert first: a new message (the usual case) costs one statement; the unique constraints on
    # (verzoeknummer, volgnummer) and on the hash of an unreadable message turn a repeat or a
    # parallel delivery into the branch below. A worker runs in autocommit, where the INSERT is
    # its own transaction; inside a caller's transaction a savepoint keeps that one usable.
    verbinding = transaction.get_connection()
    try:
        with transaction.atomic() if verbinding.in_atomic_block else contextlib.nullcontext():
            bericht = Bericht.objects.create(**velden)
            if bericht.status == BerichtStatus.ONTVANGEN:
                _plan_verwerking(bericht.pk)
        return bericht, True
    except IntegrityError:
        if not Bericht.objects.filter(**sleutel).exists():
            raise  # another constraint than the delivery key: a real error
    with transaction.atomic():
        bestaand = Bericht.objects.select_for_update().get(**sleutel)
        Bericht.objects.filter(pk=bestaand.pk).update(herhaald_ontvangen=bestaand.herhaald_ontvangen + 1)
        if bestaand.sha256 != sha:
            logger.warning("DSO-bericht %s opnieuw ontvangen met andere inhoud (sha %s)", bestaand, sha)
        if referenties and not bestaand.referenties:
            Bericht.objects.filter(pk=bestaand.pk).update(referenties=referenties)
        bestaand.refresh_from_db()
        return bestaand, False


def _plan_verwerking(bericht_id: int) -> None:
    from ..tasks import verwerk_bericht

    transaction.on_commit(lambda: verwerk_bericht.delay(bericht_id))


def opnieuw_verwerken(bericht: Bericht) -> None:
    """The intake screen's retry: back to ONTVANGEN and queued again (nothing is deleted)."""
    with transaction.atomic():
        Bericht.objects.filter(pk=bericht.pk).update(status=BerichtStatus.ONTVANGEN)
        _plan_verwerking(bericht.pk)

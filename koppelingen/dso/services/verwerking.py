"""Step 2 of the intake (run in a Celery task): validate, route, act on the doel, fetch bijlagen.

Idempotent: the bericht row is locked while zaken are created, a bericht that already made its
zaken skips straight to the bijlagen, and bijlagen already stored are not fetched again. A worker
killed at any point therefore leaves, after redelivery, exactly one set of zaken and documents.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from clo.audit.log import gebundeld
from clo.core.achtergrond import achtergrondwerk

from ..models import Bericht, BerichtStatus
from ..stam import Doel, StamFout, parse_verzoek
from .bijlagen import haal_bijlagen
from .fouten import IntakeFout, NietVoorOns, uit_stamfout
from .routering import bepaal_organisatie
from .starten import TriageNodig, start_zaken
from .vervolg import trek_verzoek_in, vul_aan

logger = logging.getLogger(__name__)
KLAAR = (BerichtStatus.VERWERKT, BerichtStatus.GENEGEERD)


def _zet(bericht_id: int, status: str, organisatie_id: int | None = None, **velden) -> None:
    if organisatie_id:
        velden["organisatie_id"] = organisatie_id
    Bericht.objects.filter(pk=bericht_id).update(status=status, **velden)


def _fout(bericht_id: int, fout: IntakeFout) -> None:
    _zet(
        bericht_id,
        BerichtStatus.FOUT,
        getattr(fout, "organisatie_id", None),
        fout_soort=fout.soort,
        fout_melding=fout.melding,
        fout_detail=fout.detail[:5000],
    )


def verwerk(bericht_id: int) -> Bericht:
    # Background work also when called from `dso_inlezen` or a test: the processes and search
    # entries of the new zaken are started by other workers (inline when there is no broker).
    with achtergrondwerk():
        return _verwerk(bericht_id)


def _verwerk(bericht_id: int) -> Bericht:
    Bericht.objects.filter(pk=bericht_id).exclude(status__in=KLAAR).update(pogingen=F("pogingen") + 1)
    try:
        with transaction.atomic(), gebundeld():
            bericht = Bericht.objects.select_for_update().get(pk=bericht_id)
            if bericht.status in KLAAR:
                return bericht
            _behandel_doel(bericht)
    except IntakeFout as fout:
        _fout(bericht_id, fout)
        return Bericht.objects.get(pk=bericht_id)
    except TriageNodig as triage:
        _zet(
            bericht_id,
            BerichtStatus.TRIAGE,
            getattr(triage, "organisatie_id", None),
            fout_soort="niet_gekoppeld",
            fout_melding="Voor deze activiteit(en) is geen zaaktype ingesteld: "
            + ", ".join(triage.activiteiten)
            + ". Kies een zaaktype in de triage, of leg de koppeling vast onder 'activiteiten → zaaktypen'.",
        )
        return Bericht.objects.get(pk=bericht_id)
    except NietVoorOns as info:
        _zet(
            bericht_id,
            BerichtStatus.GENEGEERD,
            fout_soort="kopie",
            fout_melding=info.melding,
            verwerkt_op=timezone.now(),
        )
        return Bericht.objects.get(pk=bericht_id)
    _hervat_vervolgberichten(bericht)
    return _bijlagen(bericht)


def _hervat_vervolgberichten(bericht: Bericht) -> None:
    """An Aanvullen/Intrekken that arrived (or was processed) before its Initieren waits with
    'geen_zaak'; once the zaak exists it is queued again."""
    from .ontvangst import opnieuw_verwerken

    if bericht.doel not in (Doel.INITIEREN, Doel.CONCEPTVERZOEK):
        return
    for wachtend in Bericht.objects.filter(
        verzoeknummer=bericht.verzoeknummer, status=BerichtStatus.FOUT, fout_soort="geen_zaak"
    ).order_by("volgnummer"):
        opnieuw_verwerken(wachtend)


def _behandel_doel(bericht: Bericht) -> None:
    try:
        resultaat = parse_verzoek(bytes(bericht.inhoud))
    except StamFout as exc:
        raise uit_stamfout(exc) from exc
    verzoek = resultaat.verzoek
    # Schema errors are recorded, not fatal: DSO-LV's own messages do not always validate, and the
    # parser already refused everything it cannot route.
    bericht.validatiefouten = [str(f) for f in resultaat.validatiefouten][:200]
    organisatie = bepaal_organisatie(verzoek)
    bericht.organisatie = organisatie
    waarschuwingen: list[str] = []
    try:
        if verzoek.doel in (Doel.INITIEREN, Doel.CONCEPTVERZOEK):
            start_zaken(bericht, verzoek, organisatie, waarschuwingen)
        elif verzoek.doel is Doel.AANVULLEN:
            vul_aan(bericht, verzoek, organisatie)
        elif verzoek.doel is Doel.INTREKKEN:
            trek_verzoek_in(bericht, verzoek, organisatie)
    except (IntakeFout, TriageNodig) as exc:
        # The transaction rolls back; keep the tenant so its beheerders see the message.
        exc.organisatie_id = organisatie.pk
        raise
    # One write for the outcome; on an error above the transaction rolls back and _fout records it.
    bericht.validatiefouten = bericht.validatiefouten + waarschuwingen
    Bericht.objects.filter(pk=bericht.pk).update(
        validatiefouten=bericht.validatiefouten,
        organisatie=organisatie,
        status=BerichtStatus.BIJLAGEN,
        fout_soort="",
        fout_melding="",
        fout_detail="",
    )


def _bijlagen(bericht: Bericht) -> Bericht:
    """`bericht` is the instance read under lock above (its organisatie and bijlagenmap are current)."""
    bericht_id = bericht.pk
    # Nothing failed: every row is stored, by this worker or (on redelivery) by a parallel one;
    # written with the last stored bijlage, in its transaction.
    verwerkt = {"status": BerichtStatus.VERWERKT, "fout_soort": "", "fout_melding": "", "verwerkt_op": timezone.now()}
    mislukt = haal_bijlagen(bericht, afronden=verwerkt)
    if not mislukt:
        for veld, waarde in verwerkt.items():
            setattr(bericht, veld, waarde)
        return bericht
    regels = "; ".join(f"{b.bestandsnaam}: {b.fout_melding}" for b in mislukt[:10])
    _zet(
        bericht_id,
        BerichtStatus.FOUT,
        fout_soort="bijlagen",
        fout_melding=f"De zaak is aangemaakt, maar {len(mislukt)} bijlage(n) konden niet worden opgeslagen. "
        f"{regels}",
    )
    return Bericht.objects.get(pk=bericht_id)


def zaken_van(bericht: Bericht) -> list:
    """The zaken this message started or changed (for command output and the intake screen)."""
    from zaken.models import Zaak

    if not bericht.verzoeknummer or bericht.organisatie_id is None:
        return []
    return list(
        Zaak.objects.filter(
            organisatie_id=bericht.organisatie_id, dso_verzoek__verzoeknummer=bericht.verzoeknummer
        ).order_by("id")
    )

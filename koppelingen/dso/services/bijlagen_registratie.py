"""Which documents a message carries, as Bijlage rows to fetch (one per document per message)."""

from __future__ import annotations

from ..models import Bericht, Bijlage
from ..stam import GevraagdeBijlage, Verzoek
from .routering import activiteit_sleutel

PDF_PREFIX = "verzoek-pdf-"


def _referentie(bericht: Bericht, document_id: str) -> dict:
    return (bericht.referenties.get("documenten") or {}).get(document_id) or {}


def _maak(
    bericht: Bericht, zaak, document_id: str, naam: str, bijlage: GevraagdeBijlage | None, bekend: set[str]
) -> None:
    if document_id in bekend:
        return
    bekend.add(document_id)
    ref = _referentie(bericht, document_id)
    Bijlage.objects.get_or_create(
        bericht=bericht,
        dso_document_id=document_id[:200],
        defaults={
            "zaak": zaak,
            "bestandsnaam": (naam or ref.get("bestandsnaam") or document_id)[:255],
            "documentsoort": ((bijlage.documentsoort_dso if bijlage else "") or "")[:200],
            "documenttype_generiek": ((bijlage.documenttype_generiek if bijlage else "") or "")[:100],
            "vertrouwelijk": bool(bijlage and bijlage.potentieel_vertrouwelijk),
            "url": ref.get("url", ""),
            "verwachte_grootte": ref.get("grootte"),
            "verwachte_sha256": ref.get("sha256", ""),
        },
    )


def registreer_bijlagen(
    bericht: Bericht, verzoek: Verzoek, zaak_per_activiteit: dict, hoofdzaak, al_ontvangen: set[str] = frozenset()
) -> None:
    """Rows for every document not received before (`al_ontvangen`: ids of earlier messages)."""
    bekend = set(al_ontvangen)
    for activiteit in verzoek.projectactiviteiten:
        zaak = zaak_per_activiteit.get(activiteit_sleutel(activiteit), hoofdzaak)
        for gevraagd in activiteit.gevraagde_bijlagen:
            for doc in gevraagd.documenten:
                _maak(bericht, zaak, doc.document_id, doc.bestandsnaam or "", gevraagd, bekend)
    for vb in verzoek.verzoekbijlagen:
        for doc in vb.gevraagde_bijlage.documenten:
            _maak(bericht, hoofdzaak, doc.document_id, doc.bestandsnaam or "", vb.gevraagde_bijlage, bekend)
    pdf = bericht.referenties.get("pdf")
    if pdf:
        Bijlage.objects.get_or_create(
            bericht=bericht,
            dso_document_id=f"{PDF_PREFIX}{verzoek.volgnummer or '000'}",
            defaults={
                "zaak": hoofdzaak,
                "bestandsnaam": f"verzoek-{verzoek.verzoeknummer}-{verzoek.volgnummer or '000'}.pdf",
                "documentsoort": "Verzoek (publiceerbare PDF)",
                "url": pdf,
            },
        )

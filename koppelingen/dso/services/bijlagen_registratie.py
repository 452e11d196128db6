"""Which documents a message carries, as Bijlage rows to fetch (one per document per message)."""

from __future__ import annotations

from ..models import Bericht, Bijlage
from ..stam import GevraagdeBijlage, Verzoek
from .routering import activiteit_sleutel

PDF_PREFIX = "verzoek-pdf-"


def _referentie(bericht: Bericht, document_id: str) -> dict:
    return (bericht.referenties.get("documenten") or {}).get(document_id) or {}


def _rij(bericht: Bericht, zaak, document_id: str, naam: str, bijlage: GevraagdeBijlage | None) -> Bijlage:
    ref = _referentie(bericht, document_id)
    return Bijlage(
        bericht=bericht,
        dso_document_id=document_id[:200],
        zaak=zaak,
        bestandsnaam=(naam or ref.get("bestandsnaam") or document_id)[:255],
        documentsoort=((bijlage.documentsoort_dso if bijlage else "") or "")[:200],
        documenttype_generiek=((bijlage.documenttype_generiek if bijlage else "") or "")[:100],
        vertrouwelijk=bool(bijlage and bijlage.potentieel_vertrouwelijk),
        url=ref.get("url", ""),
        verwachte_grootte=ref.get("grootte"),
        verwachte_sha256=ref.get("sha256", ""),
    )


def registreer_bijlagen(
    bericht: Bericht, verzoek: Verzoek, zaak_per_activiteit: dict, hoofdzaak, al_ontvangen: set[str] = frozenset()
) -> None:
    """Rows for every document not received before (`al_ontvangen`: ids of earlier messages).

    One insert for the whole message: a verzoek carries tens of documents, and a redelivered
    message (rows already there) must neither duplicate nor overwrite them.
    """
    bekend = set(al_ontvangen)
    rijen: list[Bijlage] = []

    def voeg_toe(zaak, document_id: str, naam: str, gevraagd: GevraagdeBijlage | None) -> None:
        if document_id in bekend:
            return
        bekend.add(document_id)
        rijen.append(_rij(bericht, zaak, document_id, naam, gevraagd))

    for activiteit in verzoek.projectactiviteiten:
        zaak = zaak_per_activiteit.get(activiteit_sleutel(activiteit), hoofdzaak)
        for gevraagd in activiteit.gevraagde_bijlagen:
            for doc in gevraagd.documenten:
                voeg_toe(zaak, doc.document_id, doc.bestandsnaam or "", gevraagd)
    for vb in verzoek.verzoekbijlagen:
        for doc in vb.gevraagde_bijlage.documenten:
            voeg_toe(hoofdzaak, doc.document_id, doc.bestandsnaam or "", vb.gevraagde_bijlage)
    pdf = bericht.referenties.get("pdf")
    if pdf:
        volgnummer = verzoek.volgnummer or "000"
        pdf_rij = Bijlage(
            bericht=bericht,
            dso_document_id=f"{PDF_PREFIX}{volgnummer}",
            zaak=hoofdzaak,
            bestandsnaam=f"verzoek-{verzoek.verzoeknummer}-{volgnummer}.pdf",
            documentsoort="Verzoek (publiceerbare PDF)",
            url=pdf,
        )
        if pdf_rij.dso_document_id not in bekend:
            rijen.append(pdf_rij)
    if rijen:
        # ignore_conflicts keeps the rows of an earlier (redelivered) run untouched, as get_or_create did.
        Bijlage.objects.bulk_create(rijen, ignore_conflicts=True)

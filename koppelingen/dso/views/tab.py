"""The zaak tab "Verzoek": activiteiten, grouped questions and answers, bijlagen per gevraagde
bijlage, the locatie on the map and the original message (XML and PDF)."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import Http404, HttpResponse

from clo.accounts.permissions import vereist_recht
from clo.audit.log import log_gebeurtenis
from zaken import selectors
from zaken.tabs import ZaakTab

from ..models import Bericht, Bijlage, VerzoekZaak
from ..services.bijlagen_registratie import PDF_PREFIX


def _met_documenten(bijlage: dict | None, per_id: dict) -> dict | None:
    if not bijlage:
        return None
    return {**bijlage, "documenten": [{**d, "bijlage": per_id.get(d["document_id"])} for d in bijlage["documenten"]]}


def context(request, zaak, lid) -> dict:
    vz = VerzoekZaak.objects.filter(zaak=zaak).select_related("laatste_bericht").first()
    if vz is None:
        return {"verzoek": None}
    zichtbaar = set(selectors.documenten_van(zaak, lid).values_list("pk", flat=True))
    bijlagen = list(
        Bijlage.objects.filter(bericht__verzoeknummer=vz.verzoeknummer, zaak=zaak)
        .select_related("document", "bericht")
        .order_by("bericht__volgnummer")
    )
    per_id = {}
    for b in bijlagen:
        b.zichtbaar = b.document_id in zichtbaar if b.document_id else False
        per_id[b.dso_document_id] = b
    gegevens = vz.gegevens
    activiteiten = [
        {
            **a,
            "groepen": [
                {**g, "vragen": [{**v, "bijlage": _met_documenten(v.get("bijlage"), per_id)} for v in g["vragen"]]}
                for g in a["groepen"]
            ],
        }
        for a in gegevens.get("activiteiten", [])
    ]
    return {
        "verzoek": gegevens,
        "verzoekzaak": vz,
        "activiteiten": activiteiten,
        "verzoekbijlagen": [_met_documenten(b, per_id) for b in gegevens.get("verzoekbijlagen", [])],
        "pdfs": [b for b in bijlagen if b.dso_document_id.startswith(PDF_PREFIX)],
        "berichten": Bericht.objects.filter(verzoeknummer=vz.verzoeknummer, organisatie=zaak.organisatie)
        .defer("inhoud")
        .order_by("volgnummer"),
        "locaties": (locaties := list(zaak.locaties.all())),
        "punten": json.dumps(
            [{"lat": loc.lat, "lon": loc.lon, "label": loc.omschrijving} for loc in locaties if loc.lat]
        ),
        "kaart_tegels": settings.LEAFLET_CONFIG.get("TILES", ""),
    }


TAB = ZaakTab(
    "verzoek",
    "Verzoek",
    "dso/tab_verzoek.html",
    context,
    recht="zaak.lezen",
    volgorde=15,
    toon=lambda zaak: zaak.bron == "dso",
)


@vereist_recht("document.lezen")
def zaak_bericht_xml(request, identificatie: str, pk: int):
    """The original message of a zaak (the zaak must be visible to the user; otherwise 404)."""
    zaak = selectors.zaak_voor_request(request, identificatie)
    bericht = (
        Bericht.objects.filter(pk=pk, organisatie=zaak.organisatie, verzoeknummer=zaak.verzoeknummer)
        .exclude(verzoeknummer="")
        .first()
    )
    if bericht is None:
        raise Http404("Bericht niet gevonden.")
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=request.user,
        actie="dso.bericht_gedownload",
        zaak=zaak,
        obj=bericht,
        omschrijving=f"Origineel DSO-bericht {bericht} gedownload.",
    )
    response = HttpResponse(bytes(bericht.inhoud), content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="{bericht.verzoeknummer}-{bericht.volgnummer}.xml"'
    return response


__all__ = ["TAB", "context", "zaak_bericht_xml"]

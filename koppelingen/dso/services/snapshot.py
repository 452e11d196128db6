"""A JSON snapshot of the verzoek for the zaak's "Verzoek" tab (kept on VerzoekZaak)."""

from __future__ import annotations

from typing import Any

from ..stam import GevraagdeBijlage, Verzoek
from .routering import activiteit_sleutel


def _bijlage(b: GevraagdeBijlage | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {
        "documentsoort": b.documentsoort_dso or "",
        "documenttype": b.documenttype_generiek or "",
        "verplicht": bool(b.verplicht),
        "documenten": [{"document_id": d.document_id, "bestandsnaam": d.bestandsnaam or ""} for d in b.documenten],
    }


def snapshot(verzoek: Verzoek, sleutels: list[str] | None = None) -> dict[str, Any]:
    activiteiten = []
    for activiteit in verzoek.projectactiviteiten:
        sleutel = activiteit_sleutel(activiteit)
        if sleutels is not None and sleutel not in sleutels:
            continue
        groepen: dict[str, list[dict[str, Any]]] = {}
        for spec in activiteit.specificaties:
            groepen.setdefault(spec.groepering or "Algemeen", []).append(
                {
                    "vraag_id": spec.vraag_id or "",
                    "vraag": spec.vraagtekst or "",
                    "antwoord": spec.antwoord or "",
                    "classificatie": spec.vraagclassificatie or "",
                    "bijlage": _bijlage(spec.gevraagde_bijlage),
                }
            )
        activiteiten.append(
            {
                "sleutel": sleutel,
                "naam": activiteit.naam or sleutel,
                "imow_id": activiteit.imow_id or "",
                "groepen": [{"naam": naam, "vragen": vragen} for naam, vragen in groepen.items()],
            }
        )
    return {
        "verzoeknummer": verzoek.verzoeknummer,
        "volgnummer": verzoek.volgnummer or "",
        "doel": str(verzoek.doel),
        "type": verzoek.type_verzoek or "",
        "naam": verzoek.naam or "",
        "indieningsdatum": verzoek.indieningsdatum.isoformat() if verzoek.indieningsdatum else "",
        "toelichting": verzoek.toelichting_verzoek or "",
        "later_aan_te_leveren": verzoek.toelichting_later_aan_te_leveren or "",
        "project": {
            "naam": verzoek.project.naam or "",
            "omschrijving": verzoek.project.omschrijving or "",
            "project_id": verzoek.project.project_id or "",
        },
        "activiteiten": activiteiten,
        "verzoekbijlagen": [_bijlage(vb.gevraagde_bijlage) for vb in verzoek.verzoekbijlagen],
        "participatie": (
            {
                "geparticipeerd": verzoek.participatie.geparticipeerd,
                "wijze": verzoek.participatie.wijze or "",
                "resultaat": verzoek.participatie.resultaat or "",
            }
            if verzoek.participatie
            else None
        ),
    }

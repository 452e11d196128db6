"""JSON shapes of the offline app's API (plain dicts: the app depends on these exact keys)."""

from toezicht.models import Bevinding, ChecklistVersie, Controle, Foto, SyncConflict, VthObject


def vraag_json(v) -> dict:
    return {
        "id": v.pk,
        "code": v.code,
        "tekst": v.tekst,
        "type": v.type,
        "keuzes": v.keuzes,
        "norm": v.norm,
        "eenheid": v.eenheid,
        "foto_verplicht": v.foto_verplicht,
        "grondslag": v.wettelijke_grondslag,
        "toelichting": v.toelichting,
        "toon_als_vraag": v.toon_als_vraag_id,
        "toon_als_antwoord": v.toon_als_antwoord,
    }


def checklist_json(versie: ChecklistVersie) -> dict:
    return {
        "id": versie.pk,
        "naam": versie.checklist.naam,
        "versie": versie.versie,
        "secties": [
            {"id": s.pk, "titel": s.titel, "vragen": [vraag_json(v) for v in s.vragen.all()]}
            for s in versie.secties.all()
        ],
    }


def object_json(obj: VthObject | None) -> dict | None:
    if obj is None:
        return None
    return {
        "id": obj.pk,
        "naam": obj.naam,
        "adres": obj.adres,
        "postcode": obj.postcode,
        "lat": obj.lat,
        "lon": obj.lon,
        "activiteiten": obj.activiteiten,
        "inrichting": obj.inrichtingsnaam,
        "inrichtingstype": obj.inrichtingstype,
        "gebruikers": obj.gebruikers,
        "risicocategorie": obj.get_risicocategorie_display(),
        "naleefgedrag": obj.get_naleefgedrag_display(),
        "opmerkingen": obj.opmerkingen,
    }


def bevinding_json(b: Bevinding) -> dict:
    return {"client_id": str(b.client_id), "vraag": b.vraag_id, "versie": b.versie, **b.inhoud()}


def foto_json(f: Foto) -> dict:
    return {
        "client_id": str(f.client_id),
        "vraag": f.vraag_id,
        "bestandsnaam": f.bestandsnaam,
        "grootte": f.grootte,
        "ontvangen": f.ontvangen,
        "voltooid": f.voltooid,
    }


def conflict_json(c: SyncConflict) -> dict:
    return {
        "id": c.pk,
        "client_id": str(c.client_id),
        "vraag": c.vraag_id,
        "client": c.client_inhoud,
        "server": c.server_inhoud,
        "server_versie": c.server_versie,
        "opgelost": c.opgelost_op is not None,
    }


def controle_json(c: Controle) -> dict:
    return {
        "id": c.pk,
        "zaak": c.zaak.identificatie,
        "omschrijving": c.zaak.omschrijving,
        "status": c.status,
        "status_label": c.get_status_display(),
        "datum": c.datum.isoformat() if c.datum else None,
        "volgorde": c.volgorde,
        "aanleiding": c.get_aanleiding_display(),
        "checklistversie": c.checklistversie_id,
        "object": object_json(c.object),
        "opmerkingen": c.opmerkingen,
        "bevindingen": [bevinding_json(b) for b in c.bevindingen.all()],
        "fotos": [foto_json(f) for f in c.fotos.all()],
        "conflicten": [conflict_json(k) for k in c.conflicten.all() if k.opgelost_op is None],
        "rapport": c.rapport_id is not None,
    }

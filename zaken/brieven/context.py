"""Builds the context a letter template sees from a zaak: plain dicts, strings, dates and
Decimals only, never model instances, so a template cannot call methods or follow relations."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from zaken.brieven.schema import PERSOON, SCHEMA
from zaken.brieven.sjabloontaal import toegestane_paden

LEGE_PERSOON = {veld: "" for veld in PERSOON}


def _persoon(b) -> dict:
    if b is None:
        return dict(LEGE_PERSOON)
    return {
        "naam": b.naam,
        "aanhef": "Geachte heer/mevrouw",
        "adresregel": b.adresregel,
        "postcode": b.postcode,
        "woonplaats": b.woonplaats,
        "email": b.email,
        "telefoon": b.telefoon,
        "kvk_nummer": b.kvk_nummer,
    }


def _organisatie(org) -> dict:
    return {
        "naam": org.naam,
        "postadres": org.postadres,
        "bezoekadres": org.bezoekadres,
        "telefoon": org.telefoon,
        "email": org.email,
        "website": org.website,
        "ondertekening": org.ondertekening,
    }


def _regels(tekst: str) -> list[str]:
    return [r.strip().lstrip("-•").strip() for r in (tekst or "").splitlines() if r.strip()]


def _bezwaar(bekendgemaakt: datetime.date) -> tuple[datetime.date, datetime.date]:
    from zaken import termijnen

    berekening = termijnen.bereken("bezwaar", bekendgemaakt=bekendgemaakt, kalender=termijnen.kalender_voor_django())
    return berekening.einddatum, berekening.datums["per_post_ontvangen_uiterlijk"]


def bouw_context(zaak, *, extra: dict | None = None, datum: datetime.date | None = None) -> dict:
    from zaken.selectors import zaak_met_details

    zaak = zaak_met_details(zaak)
    datum = datum or timezone.localdate()
    betrokkenen = list(zaak.betrokkenen.all())
    aanvrager = next((b for b in betrokkenen if b.roltype.omschrijving_generiek == "initiator"), None)
    gemachtigde = next((b for b in betrokkenen if b.roltype.omschrijving.lower() == "gemachtigde"), None)
    locatie = next(iter(zaak.locaties.all()), None)
    besluit = max(zaak.besluiten.all(), key=lambda b: (b.datum, b.pk), default=None)
    opschorting = max(zaak.opschortingen.all(), key=lambda o: (o.begindatum, o.pk), default=None)
    verlenging = max(zaak.verlengingen.all(), key=lambda v: (v.besloten_op, v.pk), default=None)
    medewerker = zaak.behandelaar
    org = zaak.organisatie

    bekendmaking = (besluit.verzenddatum or besluit.datum) if besluit else datum
    bezwaar_einde, bezwaar_post = _bezwaar(bekendmaking)
    context = {
        "datum": datum,
        "organisatie": _organisatie(org),
        "zaak": {
            "identificatie": zaak.identificatie,
            "omschrijving": zaak.omschrijving,
            "zaaktype": zaak.zaaktype.omschrijving,
            "procedure": zaak.zaaktype.procedure,
            "startdatum": zaak.startdatum,
            "registratiedatum": zaak.registratiedatum,
            "uiterste_afdoeningsdatum": zaak.uiterste_afdoeningsdatum,
            "status": zaak.status.statustype.omschrijving if zaak.status else "",
            "verzoeknummer": zaak.verzoeknummer,
            "toelichting": zaak.toelichting,
        },
        "aanvrager": _persoon(aanvrager),
        "gemachtigde": _persoon(gemachtigde) if gemachtigde else {},
        "geadresseerde": _persoon(gemachtigde or aanvrager),
        "betrokkenen": [
            {
                "rol": b.roltype.omschrijving,
                "naam": b.naam,
                "adresregel": b.adresregel,
                "postcode": b.postcode,
                "woonplaats": b.woonplaats,
            }
            for b in betrokkenen
            if b.betrokkene_type != "medewerker"
        ],
        "locatie": {
            "omschrijving": locatie.omschrijving if locatie else "",
            "adres": " ".join(p for p in [locatie.straat, locatie.huisnummer + locatie.huisletter] if p)
            if locatie
            else "",
            "postcode": locatie.postcode if locatie else "",
            "woonplaats": locatie.woonplaats if locatie else "",
            "kadastrale_aanduiding": locatie.kadastrale_aanduiding if locatie else "",
        },
        "behandelaar": {
            "naam": medewerker.get_full_name() or medewerker.username if medewerker else "",
            "functie": getattr(medewerker, "functie", "") or "",
            "telefoon": (getattr(medewerker, "telefoon", "") if medewerker else "") or org.telefoon,
            "email": (medewerker.email if medewerker else "") or org.email,
        },
        "termijnen": {
            "beslistermijn_einde": zaak.uiterste_afdoeningsdatum,
            "aanvullingstermijn_tot": opschorting.aanvullingstermijn_tot if opschorting else None,
            "bezwaartermijn_einde": bezwaar_einde,
            "bezwaar_per_post_uiterlijk": bezwaar_post,
            "verdaging_weken": (verlenging.duur_dagen // 7) if verlenging else None,
            "nieuwe_beslisdatum": zaak.uiterste_afdoeningsdatum if verlenging else None,
            "zienswijze_van": None,
            "zienswijze_tot": None,
            "begunstigingstermijn_tot": None,
        },
        "besluit": {
            "identificatie": besluit.identificatie,
            "besluittype": besluit.besluittype,
            "uitkomst": besluit.uitkomst,
            "datum": besluit.datum,
            "ingangsdatum": besluit.ingangsdatum,
            "vervaldatum": besluit.vervaldatum,
            "verzenddatum": besluit.verzenddatum,
            "toelichting": besluit.toelichting,
            "voorschriften": _regels(besluit.voorschriften),
        }
        if besluit
        else {"voorschriften": []},
        "aanvulling": {"ontbrekende_stukken": _regels(opschorting.reden) if opschorting else [], "toelichting": ""},
        "verdaging": {"reden": verlenging.reden if verlenging else ""},
        "leges": {},
        "ontwerp": {},
        "bezoek": {"bevindingen": []},
        "handhaving": {},
        "document": {},
    }
    if extra:
        voeg_extra_toe(context, extra)
    return context


def voeg_extra_toe(context: dict, extra: dict) -> None:
    """Deep-merges caller data (e.g. the list of missing documents) after checking that every
    key is a declared placeholder, so a typo fails loudly instead of leaving a blank."""
    toegestaan = toegestane_paden(SCHEMA)
    onbekend = sorted(p for p in _sleutels(extra) if p not in toegestaan)
    if onbekend:
        raise ValidationError(f"Onbekende gegevens voor de brief: {', '.join(onbekend)}.")
    _merge(context, extra)


def _sleutels(waarde, prefix: str = "") -> list[str]:
    if isinstance(waarde, dict):
        paden = []
        for sleutel, sub in waarde.items():
            pad = f"{prefix}.{sleutel}" if prefix else str(sleutel)
            paden.append(pad)
            paden.extend(_sleutels(sub, pad))
        return paden
    if isinstance(waarde, list | tuple):
        return [p for item in waarde for p in _sleutels(item, prefix + "[]") if isinstance(item, dict)]
    return []


def _merge(doel: dict, bron: dict) -> None:
    for sleutel, waarde in bron.items():
        if isinstance(waarde, dict) and isinstance(doel.get(sleutel), dict):
            _merge(doel[sleutel], waarde)
        else:
            doel[sleutel] = list(waarde) if isinstance(waarde, tuple) else waarde

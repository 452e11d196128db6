"""Betrokkenen and locaties of a verzoek onto a zaak, through the zaken actions."""

from __future__ import annotations

import logging
from functools import lru_cache

from zaken.actions import ZaakFout, voeg_betrokkene_toe, voeg_locatie_toe
from zaken.models import BetrokkeneType

from ..stam import Adres, Betrokkene, Projectlocatie, Rol, Verzoek

logger = logging.getLogger(__name__)
_ROLTYPE = {Rol.INITIATIEFNEMER: "Aanvrager", Rol.GEMACHTIGDE: "Gemachtigde", Rol.CONTACTPERSOON: "Contactpersoon"}


def _roltype(roltypen: list, rol: Rol):
    """`roltypen`: the zaaktype's roltypen in default order, read once per zaak instead of up to
    three queries per betrokkene; the same preference as before (exact name, initiator, belanghebbende)."""
    naam = _ROLTYPE[rol].casefold()
    gevonden = next((r for r in roltypen if (r.omschrijving or "").casefold() == naam), None)
    if gevonden is None and rol is Rol.INITIATIEFNEMER:
        gevonden = next((r for r in roltypen if r.omschrijving_generiek == "initiator"), None)
    return gevonden or next((r for r in roltypen if r.omschrijving_generiek == "belanghebbende"), None)


def _adres(a: Adres | None) -> dict[str, str]:
    if a is None:
        return {}
    if a.soort.value == "postbus":
        straat = f"{'Antwoordnummer' if a.adrestype == 'antwoordnummer' else 'Postbus'} {a.postbusnummer or ''}"
        return {
            "straat": straat.strip()[:200],
            "postcode": (a.postcode or "")[:7],
            "woonplaats": (a.woonplaats or "")[:100],
        }
    return {
        "straat": (a.straatnaam or "")[:200],
        "huisnummer": (a.huisnummer or "")[:10],
        "huisletter": (a.huisletter or "")[:2],
        "toevoeging": (a.huisnummertoevoeging or "")[:10],
        "postcode": (a.postcode or "").replace(" ", "")[:7],
        "woonplaats": (a.woonplaats or "")[:100],
    }


def _gegevens(b: Betrokkene) -> dict[str, str]:
    gegevens = {"email": (b.emailadres or "")[:254], "telefoon": (b.telefoonnummer or "")[:30]}
    if b.is_natuurlijk_persoon:
        gegevens.update(
            bsn=b.bsn or "",
            voorvoegsel=(b.voorvoegsel or "")[:20],
            geslachtsnaam=(b.achternaam or "")[:200],
            toelichting=(b.functie or "")[:300],
        )
        gegevens.update(_adres(b.correspondentieadres or b.adres))
    else:
        gegevens.update(kvk_nummer=b.kvk_nummer or "", vestigingsnummer=b.vestigingsnummer or "")
        gegevens.update(_adres(b.vestigingsadres or b.adres or b.vestiging_postadres or b.correspondentieadres))
    return {k: v for k, v in gegevens.items() if v}


def voeg_betrokkenen_toe(zaak, verzoek: Verzoek, waarschuwingen: list[str]) -> None:
    peildatum = verzoek.indieningsdatum.date() if verzoek.indieningsdatum else None
    roltypen: list | None = None
    for b in (verzoek.initiatiefnemer, verzoek.gemachtigde, verzoek.contactpersoon):
        if b is None:
            continue
        if roltypen is None:
            roltypen = list(zaak.zaaktype.roltypen.all())
        roltype = _roltype(roltypen, b.rol)
        if roltype is None:
            waarschuwingen.append(f"Geen roltype voor {b.rol} in zaaktype {zaak.zaaktype}.")
            continue
        soort = BetrokkeneType.NATUURLIJK_PERSOON if b.is_natuurlijk_persoon else BetrokkeneType.NIET_NATUURLIJK_PERSOON
        naam = (b.naam or _ROLTYPE[b.rol])[:300]
        gegevens = _gegevens(b)
        try:
            voeg_betrokkene_toe(
                zaak,
                roltype=roltype,
                door=None,
                betrokkene_type=soort,
                naam=naam,
                gegevens_per=peildatum,
                bron="dso",
                **gegevens,
            )
        except ZaakFout as exc:
            # Keep the person on the zaak with what is valid; the message keeps the full data.
            waarschuwingen.append(f"{_ROLTYPE[b.rol]} {naam}: {exc} Alleen de naam is overgenomen.")
            voeg_betrokkene_toe(
                zaak,
                roltype=roltype,
                door=None,
                betrokkene_type=soort,
                naam=naam,
                gegevens_per=peildatum,
                bron="dso",
                toelichting="Gegevens uit het Omgevingsloket onvolledig overgenomen.",
            )


@lru_cache(maxsize=4)
def _transformer(van: str, naar: str):
    from pyproj import Transformer

    # Building a transformer costs ~0.1 s; one per direction per process is enough.
    return Transformer.from_crs(van, naar, always_xy=True)


def _transformeer(van: str, naar: str, x: float, y: float) -> tuple[float, float]:
    return _transformer(van, naar).transform(x, y)


def _omschrijving(loc: Projectlocatie) -> str:
    if loc.adres and (loc.adres.straatnaam or loc.adres.postcode):
        a = loc.adres
        nummer = "".join(p for p in (a.huisnummer, a.huisletter) if p)
        if a.huisnummertoevoeging:
            nummer += f"-{a.huisnummertoevoeging}"
        return ", ".join(
            p
            for p in (
                " ".join(q for q in (a.straatnaam, nummer) if q),
                " ".join(q for q in (a.postcode, a.woonplaats) if q),
            )
            if p
        )
    if loc.kadastrale_aanduiding:
        k = loc.kadastrale_aanduiding
        return f"Perceel {k.kadastrale_gemeente or ''} {k.sectie or ''} {k.perceelnummer or ''}".strip()
    return "Getekend gebied"


def voeg_locaties_toe(zaak, verzoek: Verzoek) -> None:
    for loc in verzoek.projectlocaties:
        velden: dict = {}
        if loc.adres:
            velden.update(
                nummeraanduiding_id=(loc.adres.nummeraanduiding_id or "")[:16],
                straat=(loc.adres.straatnaam or "")[:200],
                huisnummer=(loc.adres.huisnummer or "")[:10],
                huisletter=(loc.adres.huisletter or "")[:2],
                toevoeging=(loc.adres.huisnummertoevoeging or "")[:10],
                postcode=(loc.adres.postcode or "").replace(" ", "")[:7],
                woonplaats=(loc.adres.woonplaats or "")[:100],
            )
        if loc.kadastrale_aanduiding:
            k = loc.kadastrale_aanduiding
            velden["kadastrale_aanduiding"] = " ".join(
                p for p in (k.kadastrale_gemeente, k.sectie, k.perceelnummer) if p
            )[:60]
        if loc.etrs89_punt:
            velden.update(lat=loc.etrs89_punt.lat, lon=loc.etrs89_punt.lon)
        if loc.rd_punt:
            velden.update(rd_x=loc.rd_punt.x, rd_y=loc.rd_punt.y)
        try:
            if "lat" in velden and "rd_x" not in velden:
                velden["rd_x"], velden["rd_y"] = _transformeer("EPSG:4326", "EPSG:28992", velden["lon"], velden["lat"])
            elif "rd_x" in velden and "lat" not in velden:
                velden["lon"], velden["lat"] = _transformeer("EPSG:28992", "EPSG:4326", velden["rd_x"], velden["rd_y"])
        except Exception:  # noqa: BLE001 - a missing projection grid must not stop the intake
            logger.warning("coördinaten van %s konden niet worden omgerekend", verzoek.verzoeknummer)
        if loc.vlak:
            velden["geometrie"] = loc.vlak
        voeg_locatie_toe(
            zaak,
            door=None,
            omschrijving=_omschrijving(loc)[:300],
            gegevens_per=(verzoek.indieningsdatum.date() if verzoek.indieningsdatum else None),
            **velden,
        )

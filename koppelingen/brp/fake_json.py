"""Render a fake person as a complete BRP API Personen 2.x `Persoon` (before `fields` filtering).

Derived fields (voorletters, volledigeNaam, adressering, leeftijd) follow the rules described in
the BRP API feature documentation in simplified form: no adellijke titels, no predicaten.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .fakedata import FakePersoon, Relatie, gemeente_van, woonadres

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
GESLACHT = {"M": "man", "V": "vrouw", "O": "onbekend"}
NAAMGEBRUIK = {
    "E": "eigen geslachtsnaam",
    "P": "geslachtsnaam echtgenoot/geregistreerd partner",
    "V": "geslachtsnaam echtgenoot/geregistreerd partner voor eigen geslachtsnaam",
    "N": "geslachtsnaam echtgenoot/geregistreerd partner na eigen geslachtsnaam",
}
VERBINTENIS = {"H": "huwelijk", "P": "geregistreerd partnerschap"}
NEDERLANDSE_LAND = ("6030", "Nederland")
REDEN_NL = ("001", "Wet op het Nederlanderschap 1892, art.1, lid 1a")
REDEN_VREEMD = ("301", "Vaststelling bezit vreemde nationaliteit")


def datum(iso: str) -> dict[str, str]:
    d = date.fromisoformat(iso)
    return {
        "type": "Datum",
        "datum": iso,
        "langFormaat": f"{d.day} {MAANDEN[d.month - 1]} {d.year}",
    }


def waarde(code: str | None, omschrijving: str) -> dict[str, str]:
    return {"code": code, "omschrijving": omschrijving} if code else {"omschrijving": omschrijving}


def voorletters(voornamen: str) -> str:
    return "".join(f"{deel[0]}." for deel in voornamen.split())


def _naam(r: Relatie | FakePersoon) -> dict[str, Any]:
    naam: dict[str, Any] = {
        "voornamen": r.voornamen,
        "geslachtsnaam": r.geslachtsnaam,
        "voorletters": voorletters(r.voornamen),
    }
    if r.voorvoegsel:
        naam["voorvoegsel"] = r.voorvoegsel
    return naam


def _geboorte(r: Relatie | FakePersoon) -> dict[str, Any]:
    geboorte: dict[str, Any] = {
        "datum": datum(r.geboortedatum),
        "plaats": waarde(*r.geboorteplaats),
    }
    if r.geboorteland:
        geboorte["land"] = waarde(*r.geboorteland)
    return geboorte


def _relatie(r: Relatie, partner: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = {"naam": _naam(r), "geboorte": _geboorte(r)}
    if r.bsn:
        body["burgerservicenummer"] = r.bsn
    if partner or r.soort_verbintenis:
        body["geslacht"] = waarde(r.geslacht, GESLACHT[r.geslacht])
    if r.soort_verbintenis:
        body["soortVerbintenis"] = waarde(r.soort_verbintenis, VERBINTENIS[r.soort_verbintenis])
    if r.aangaan:
        dag, plaats, land = r.aangaan
        body["aangaanHuwelijkPartnerschap"] = {
            "datum": datum(dag),
            "plaats": waarde(*plaats),
            "land": waarde(*land),
        }
    return body


def _achternaam(p: FakePersoon, hoofdletter: bool) -> str:
    """Geslachtsnaam with voorvoegsel, combined with the partner's per aanduidingNaamgebruik."""

    def volledig(voorvoegsel: str | None, naam: str) -> str:
        if not voorvoegsel:
            return naam
        return f"{voorvoegsel[0].upper() + voorvoegsel[1:] if hoofdletter else voorvoegsel} {naam}"

    eigen = volledig(p.voorvoegsel, p.geslachtsnaam)
    partner = p.partners[0] if p.partners else None
    if p.naamgebruik == "E" or partner is None:
        return eigen
    van_partner = volledig(partner.voorvoegsel, partner.geslachtsnaam)
    return {"P": van_partner, "V": f"{van_partner}-{eigen}", "N": f"{eigen}-{van_partner}"}[
        p.naamgebruik
    ]


def _adressering(p: FakePersoon) -> dict[str, Any]:
    adres = woonadres(p)
    aanspreek = {"M": "heer", "V": "mevrouw"}.get(p.geslacht)
    lidwoord = "de heer" if p.geslacht == "M" else aanspreek
    body: dict[str, Any] = {
        "adresregel1": adres.adresregel5,
        "adresregel2": adres.adresregel6,
        "land": waarde(*NEDERLANDSE_LAND),
        "aanschrijfwijze": {"naam": f"{voorletters(p.voornamen)} {_achternaam(p, False)}"},
    }
    if aanspreek:
        body["aanhef"] = f"Geachte {aanspreek} {_achternaam(p, True)}"
        body["gebruikInLopendeTekst"] = f"{lidwoord} {_achternaam(p, True)}"
    return body


def leeftijd(geboren: str, op: date) -> int:
    d = date.fromisoformat(geboren)
    return op.year - d.year - ((op.month, op.day) < (d.month, d.day))


def persoon(p: FakePersoon, vandaag: date | None = None) -> dict[str, Any]:
    adres = woonadres(p)
    gemeente_code, gemeente_naam = gemeente_van(p)
    naam = {**_naam(p), "aanduidingNaamgebruik": waarde(p.naamgebruik, NAAMGEBRUIK[p.naamgebruik])}
    naam["volledigeNaam"] = f"{p.voornamen} {_achternaam(p, False)}"
    verblijfadres: dict[str, Any] = {
        "officieleStraatnaam": adres.straat,
        "korteStraatnaam": adres.straat[:24],
        "huisnummer": adres.huisnummer,
        "postcode": adres.postcode,
        "woonplaats": adres.woonplaats,
    }
    if adres.huisletter:
        verblijfadres["huisletter"] = adres.huisletter
    if adres.toevoeging:
        verblijfadres["huisnummertoevoeging"] = adres.toevoeging
    body: dict[str, Any] = {
        "burgerservicenummer": p.bsn,
        "geslacht": waarde(p.geslacht, GESLACHT[p.geslacht]),
        "naam": naam,
        "geboorte": _geboorte(p),
        "nationaliteiten": [
            {
                "type": "Nationaliteit",
                "nationaliteit": waarde(*p.nationaliteit),
                "datumIngangGeldigheid": datum(p.geboortedatum),
                "redenOpname": waarde(
                    *(REDEN_NL if p.nationaliteit[0] == "0001" else REDEN_VREEMD)
                ),
            }
        ],
        "verblijfplaats": {
            "type": "Adres",
            "verblijfadres": verblijfadres,
            "functieAdres": waarde("W", "woonadres"),
            "adresseerbaarObjectIdentificatie": adres.verblijfsobject_id,
            "nummeraanduidingIdentificatie": adres.nummeraanduiding_id,
            "datumVan": datum(p.adres_sinds),
            "datumIngangGeldigheid": datum(p.adres_sinds),
        },
        "gemeenteVanInschrijving": waarde(gemeente_code, gemeente_naam),
        "datumInschrijvingInGemeente": datum(p.adres_sinds),
        "adressering": _adressering(p),
        "partners": [_relatie(r, partner=True) for r in p.partners],
        "kinderen": [_relatie(r) for r in p.kinderen],
        "ouders": [{**_relatie(r), "ouderAanduiding": str(i + 1)} for i, r in enumerate(p.ouders)],
    }
    if p.overleden_op:
        body["overlijden"] = {"datum": datum(p.overleden_op), "land": waarde(*NEDERLANDSE_LAND)}
        # Automatically delivered for the deceased (features-overzicht, "overleden personen").
        body["opschortingBijhouding"] = {
            "reden": waarde("O", "overlijden"),
            "datum": datum(p.overleden_op),
        }
    else:
        body["leeftijd"] = leeftijd(p.geboortedatum, vandaag or date.today())
    return {k: v for k, v in body.items() if v not in ([], None)}

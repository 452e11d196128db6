"""Building blocks for sample verzoeken of the two CLO tenants.

Fictitious but realistic data: BRP test BSNs (999…), KvK test numbers, BAG-style ids (16 digits,
gemeentecode first), Frisian addresses with coordinates near the real place. Nothing here
identifies a real person.
"""

from __future__ import annotations

NEF = {"naam": "Gemeente Noardeast-Fryslân", "oin": "00000001825753582000"}
DANTUMADIEL = {"naam": "Gemeente Dantumadiel", "oin": "00000001001954805000"}
BEVOEGDE_GEZAGEN = {"nef": NEF, "dantumadiel": DANTUMADIEL}

# OIN taken for the ministerie van BZK (mnre1034, owner of the Bbl rijksactiviteiten) in the
# toepasbare-regels URIs; sample data, not verified against the OIN register.
OIN_BZK = "00000001003214345000"
_TR = "http://toepasbare-regels.omgevingswet.overheid.nl"


def activiteit_id(oin: str, imow_id: str, soort: str = "IndieningsvereistenVergunning") -> str:
    return f"{_TR}/{oin}/id/concept/{soort}{imow_id}"


LOCATIES = {
    "dokkum_hoogstraat": {
        "gemeente": "nef",
        "straat": "Hoogstraat",
        "huisnummer": "12",
        "postcode": "9101LJ",
        "woonplaats": "Dokkum",
        "nummeraanduiding": "1970200000012345",
        "lat": 53.3262,
        "lon": 5.9979,
        "rd": (195690.73, 593479.13),
    },
    "dokkum_grote_breedstraat": {
        "gemeente": "nef",
        "straat": "Grote Breedstraat",
        "huisnummer": "7",
        "huisletter": "A",
        "postcode": "9101KG",
        "woonplaats": "Dokkum",
        "nummeraanduiding": "1970200000023456",
        "lat": 53.3250,
        "lon": 5.9995,
        "rd": (195798.48, 593346.48),
    },
    "holwerd_foarstrjitte": {
        "gemeente": "nef",
        "straat": "Foarstrjitte",
        "huisnummer": "31",
        "postcode": "9151HB",
        "woonplaats": "Holwerd",
        "nummeraanduiding": "1970200000034567",
        "lat": 53.3707,
        "lon": 5.8996,
        "rd": (189105.77, 598380.55),
    },
    "kollum_voorstraat_perceel": {
        "gemeente": "nef",
        "lat": 53.2777,
        "lon": 6.1545,
        "kadastraal": {
            "brk": "KLM00B1287",
            "gemeente": "Kollumerland",
            "sectie": "B",
            "perceel": "1287",
        },
    },
    "damwald_haadwei_vlak": {
        "gemeente": "dantumadiel",
        "lat": 53.2915,
        "lon": 5.9956,
        "vlak_rd": [
            (195540.0, 589590.0),
            (195610.0, 589590.0),
            (195610.0, 589650.0),
            (195540.0, 589650.0),
            (195540.0, 589590.0),
        ],
        "vlak": [
            (53.29127, 5.99515),
            (53.29127, 5.99620),
            (53.29181, 5.99620),
            (53.29181, 5.99515),
            (53.29127, 5.99515),
        ],
    },
    "damwald_haadwei": {
        "gemeente": "dantumadiel",
        "straat": "Haadwei",
        "huisnummer": "54",
        "postcode": "9104AD",
        "woonplaats": "Damwâld",
        "nummeraanduiding": "1891200000004521",
        "lat": 53.2915,
        "lon": 5.9956,
        "rd": (195570.13, 589616.05),
    },
    "feanwalden_tsjerkepaed": {
        "gemeente": "dantumadiel",
        "straat": "Tsjerkepaed",
        "huisnummer": "3",
        "postcode": "9264TK",
        "woonplaats": "Feanwâlden",
        "nummeraanduiding": "1891200000011876",
        "lat": 53.2321,
        "lon": 5.9887,
        "rd": (195165.25, 583001.63),
    },
}


def maak_vraag(vraag_id: str, groepering: str, vraagtekst: str, antwoord: str, **extra) -> dict:
    return {
        "vraag_id": vraag_id,
        "groepering": groepering,
        "vraagtekst": vraagtekst,
        "antwoord": antwoord,
        **extra,
    }


def maak_bijlage(
    documentsoort: str,
    documenttype: str,
    *bestanden: str,
    verplicht: bool = True,
    vertrouwelijk: bool = False,
) -> dict:
    return {
        "documentsoort": documentsoort,
        "documenttype": documenttype,
        "verplicht": verplicht,
        "vertrouwelijk": vertrouwelijk,
        "bestanden": list(bestanden),
    }

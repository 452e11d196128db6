"""The named sample verzoeken; `python -m koppelingen.dso.samples.catalogus` rewrites the files.

One scenario per common intake case of the two tenants, plus an Aanvullen and an Intrekken
follow-up of the Dokkum bouwaanvraag (same verzoeknummer, next volgnummer).
"""

from __future__ import annotations

import copy
from datetime import datetime

from . import SAMPLES_DIR
from .activiteiten import (
    bouwactiviteit_omgevingsplan,
    bouwactiviteit_technisch,
    bouwwerk_slopen,
    houtopstand_vellen,
)
from .gegevens import LOCATIES, maak_bijlage
from .generator import maak_verzoek_xml
from .partijen import BEDRIJVEN, CONTACTPERSONEN, PERSONEN


def _dokkum_initieren() -> dict:
    activiteit = bouwactiviteit_technisch("185000")
    # The constructieberekening is announced but delivered later by the Aanvullen message.
    activiteit["specificaties"][3]["bijlage"]["bestanden"] = []
    machtiging = maak_bijlage("Machtiging gemachtigde", "Verklaring", "machtiging.pdf")
    return {
        "verzoeknummer": "2026110200117",
        "volgnummer": "000",
        "doel": "Initieren",
        "type_verzoek": "Aanvraag vergunning",
        "indieningsdatum": datetime(2026, 11, 2, 10, 14, 37, 482000),
        "tijdstip_bericht": datetime(2026, 11, 2, 10, 16, 2, 911000),
        "naam": "Uitbouw achterzijde woning Hoogstraat 12 Dokkum",
        "referentie_aanvrager": "BAD-2026-041",
        "toelichting_later": "De constructieberekening wordt binnen twee weken nagezonden.",
        "toelichting": "Woning ligt in het beschermd stadsgezicht van Dokkum.",
        "project_omschrijving": "Bouwen van een uitbouw van 4 bij 3 meter aan de achterzijde "
        "van de woning Hoogstraat 12 te Dokkum.",
        "project_id": "3f0d7a52-1c4e-4f7b-8d6a-5e2b9c1a7f30-0",
        "bevoegd_gezag": "nef",
        "initiatiefnemer": PERSONEN["jan_de_vries"],
        "gemachtigde": BEDRIJVEN["bouwbedrijf_dokkum"],
        "contactpersoon": CONTACTPERSONEN["architect"],
        "locaties": [LOCATIES["dokkum_hoogstraat"]],
        "activiteiten": [activiteit],
        "participatie": {
            "geparticipeerd": True,
            "wijze": "Buren aan beide zijden bezocht.",
            "resultaat": "Geen bezwaren.",
        },
        "verzoekbijlagen": [{"vraagreferentie": "mnre1034:Verzoek.Machtiging", **machtiging}],
    }


def _dokkum_vervolg(doel: str, volgnummer: str, dag: int) -> dict:
    gegevens = _dokkum_initieren()
    gegevens["activiteiten"] = [copy.deepcopy(bouwactiviteit_technisch("185000"))]
    gegevens.update(
        doel=doel,
        volgnummer=volgnummer,
        indieningsdatum=datetime(2026, 11, dag, 15, 2, 9, 7000),
        tijdstip_bericht=datetime(2026, 11, dag, 15, 3, 40, 250000),
        toelichting_later=None,
    )
    return gegevens


SAMPLES: dict[str, dict] = {
    "nef_bouwactiviteit_dokkum_initieren": _dokkum_initieren(),
    "nef_bouwactiviteit_dokkum_aanvullen": _dokkum_vervolg("Aanvullen", "001", 16),
    "nef_bouwactiviteit_dokkum_intrekken": _dokkum_vervolg("Intrekken", "002", 27),
    "dantumadiel_omgevingsplanactiviteit_damwald": {
        "verzoeknummer": "2026110400342",
        "indieningsdatum": datetime(2026, 11, 4, 16, 41, 5, 330000),
        "tijdstip_bericht": datetime(2026, 11, 4, 16, 43, 51, 18000),
        "naam": "Nieuwe ligboxenstal Haadwei Damwâld",
        "type_verzoek": "Aanvraag vergunning",
        "project_omschrijving": "Bouwen van een ligboxenstal van 70 bij 60 meter achter het "
        "bestaande erf aan de Haadwei, deels buiten het bouwvlak.",
        "project_id": "b8e2c4a1-77d3-4a0e-9c51-0d6f2e8b3a94-0",
        "bevoegd_gezag": "dantumadiel",
        "initiatiefnemer": BEDRIJVEN["melkveebedrijf_damwald"],
        "contactpersoon": CONTACTPERSONEN["agrarier"],
        "locaties": [LOCATIES["damwald_haadwei_vlak"], LOCATIES["damwald_haadwei"]],
        "activiteiten": [bouwactiviteit_omgevingsplan("dantumadiel", "420000")],
        "participatie": {
            "geparticipeerd": True,
            "wijze": "Informatieavond voor omwonenden.",
            "resultaat": "Zorgen over verkeer; erfinrichting aangepast.",
        },
        "verzoekbijlagen": [
            {
                "vraagreferentie": "mnre1034:Verzoek.BijlageLocatie",
                **maak_bijlage(
                    "Voeg als bijlage toe: gegevens over de grens van de locatie waar u de "
                    "activiteiten gaat uitvoeren.",
                    "Kaart",
                    "locatiegrens.pdf",
                    verplicht=False,
                ),
            }
        ],
    },
    "dantumadiel_sloopmelding_feanwalden": {
        "verzoeknummer": "2026110900058",
        "indieningsdatum": datetime(2026, 11, 9, 8, 55, 12, 904000),
        "tijdstip_bericht": datetime(2026, 11, 9, 8, 56, 30, 5000),
        "naam": "Sloop schuur Tsjerkepaed 3 Feanwâlden",
        "type_verzoek": "Melding",
        "project_omschrijving": "Slopen van een vrijstaande schuur met asbesthoudende dakplaten.",
        "project_id": "0c9a3e5d-2b61-4f88-a7d0-6e4f1b2c8d57-0",
        "bevoegd_gezag": "dantumadiel",
        "initiatiefnemer": PERSONEN["sietske_hoekstra"],
        "locaties": [LOCATIES["feanwalden_tsjerkepaed"]],
        "activiteiten": [bouwwerk_slopen()],
    },
    "nef_kap_kollum": {
        "verzoeknummer": "2026111200203",
        "indieningsdatum": datetime(2026, 11, 12, 19, 30, 44, 61000),
        "tijdstip_bericht": datetime(2026, 11, 12, 19, 31, 58, 700000),
        "naam": "Kappen drie essen Voorstraat Kollum",
        "type_verzoek": "Aanvraag vergunning",
        "project_omschrijving": "Vellen van drie essen met essentaksterfte langs de "
        "Voorstraat; herplant van drie linden.",
        "project_id": "5d7e9f10-3a2b-4c6d-8e0f-1a2b3c4d5e6f-0",
        "bevoegd_gezag": "nef",
        "initiatiefnemer": PERSONEN["pieter_van_der_meer"],
        "locaties": [LOCATIES["kollum_voorstraat_perceel"]],
        "activiteiten": [houtopstand_vellen("nef")],
    },
}


def schrijf_samples() -> list[str]:
    namen = []
    for naam, gegevens in SAMPLES.items():
        (SAMPLES_DIR / f"{naam}.xml").write_bytes(maak_verzoek_xml(**copy.deepcopy(gegevens)))
        namen.append(naam)
    return namen


if __name__ == "__main__":
    for naam in schrijf_samples():
        print(f"geschreven: {naam}.xml")

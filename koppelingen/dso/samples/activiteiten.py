"""Sample projectactiviteiten with their vragen (specificaties) and gevraagde bijlagen.

Vraag ids 368212 / 284856 are the bouwkosten questions of the bouwactiviteit (technisch /
omgevingsplan) as seen in public DSO processing documentation; the other ids are invented.
"""

from __future__ import annotations

from .gegevens import BEVOEGDE_GEZAGEN, OIN_BZK, activiteit_id, maak_bijlage, maak_vraag

GEMEENTECODES = {"nef": "1970", "dantumadiel": "1891"}


def _rijks(imow_naam: str, soort: str = "IndieningsvereistenVergunning") -> dict:
    imow_id = f"nl.imow-mnre1034.activiteit.{imow_naam}"
    return {"imow_id": imow_id, "activiteit_id": activiteit_id(OIN_BZK, imow_id, soort)}


def _gemeentelijk(gemeente: str, imow_naam: str) -> dict:
    imow_id = f"nl.imow-gm{GEMEENTECODES[gemeente]}.activiteit.{imow_naam}"
    oin = BEVOEGDE_GEZAGEN[gemeente]["oin"]
    return {"imow_id": imow_id, "activiteit_id": activiteit_id(oin, imow_id)}


def bouwactiviteit_technisch(bouwkosten: str = "185000") -> dict:
    return {
        **_rijks("BouwactiviteitTechnisch"),
        "naam": "Bouwactiviteit (technisch)",
        "type": "Aanvraag vergunning",
        "specificaties": [
            maak_vraag(
                "368212",
                "Bouwkosten",
                "Wat zijn de bouwkosten in euro's, exclusief btw?",
                bouwkosten,
            ),
            maak_vraag(
                "368230",
                "Bouwwerk",
                "Wat gaat u bouwen?",
                "Uitbouw aan de achterzijde van de woning van 4 bij 3 meter",
            ),
            maak_vraag(
                "368241",
                "Tekeningen",
                "Bouwtekeningen van de bestaande en nieuwe situatie",
                "true",
                bijlage=maak_bijlage(
                    "Bouwtekening", "Tekening", "plattegrond_nieuw.pdf", "gevels_nieuw.pdf"
                ),
            ),
            maak_vraag(
                "368245",
                "Constructie",
                "Constructieve gegevens",
                "true",
                bijlage=maak_bijlage(
                    "Constructieberekening",
                    "Berekening",
                    "constructieberekening.pdf",
                    verplicht=False,
                ),
            ),
        ],
    }


def bouwactiviteit_omgevingsplan(gemeente: str, bouwkosten: str = "420000") -> dict:
    return {
        **_gemeentelijk(gemeente, "BouwactiviteitOmgevingsplan"),
        "naam": "Bouwactiviteit (omgevingsplan)",
        "type": "Aanvraag vergunning",
        "specificaties": [
            maak_vraag(
                "284856",
                "Bouwkosten",
                "Wat zijn de bouwkosten in euro's, exclusief btw?",
                bouwkosten,
            ),
            maak_vraag(
                "284861",
                "Afwijken omgevingsplan",
                "Van welke regels in het omgevingsplan wijkt het bouwwerk af?",
                "Bouwhoogte en bebouwd oppervlak buiten het bouwvlak",
            ),
            maak_vraag(
                "284870",
                "Situatie",
                "Situatietekening met maatvoering",
                "true",
                bijlage=maak_bijlage("Situatietekening", "Tekening", "situatietekening.pdf"),
            ),
            maak_vraag(
                "284874",
                "Ruimtelijke onderbouwing",
                "Onderbouwing evenwichtige toedeling van functies aan locaties",
                "true",
                bijlage=maak_bijlage(
                    "Ruimtelijke onderbouwing", "Rapport", "ruimtelijke_onderbouwing.pdf"
                ),
            ),
        ],
    }


def bouwwerk_slopen() -> dict:
    return {
        **_rijks("BouwwerkSlopen", "IndieningsvereistenMelding"),
        "naam": "Bouwwerk slopen",
        "type": "Melding",
        "specificaties": [
            maak_vraag(
                "371104",
                "Sloopwerkzaamheden",
                "Wat gaat u slopen?",
                "Vrijstaande schuur van 40 m2 met asbesthoudende dakplaten",
            ),
            maak_vraag("371110", "Sloopafval", "Hoeveel sloopafval komt er vrij (m3)?", "18"),
            maak_vraag(
                "371115",
                "Asbest",
                "Asbestinventarisatierapport",
                "true",
                bijlage=maak_bijlage(
                    "Asbestinventarisatierapport", "Rapport", "asbestinventarisatie.pdf"
                ),
            ),
            maak_vraag("371121", "Planning", "Wanneer start de sloop?", "2027-01-11"),
        ],
    }


def houtopstand_vellen(gemeente: str) -> dict:
    return {
        **_gemeentelijk(gemeente, "HoutopstandVellen"),
        "naam": "Houtopstand vellen",
        "type": "Aanvraag vergunning",
        "specificaties": [
            maak_vraag("412001", "Houtopstand", "Hoeveel bomen wilt u vellen?", "3"),
            maak_vraag(
                "412002", "Houtopstand", "Om welke boomsoort gaat het?", "Es (Fraxinus excelsior)"
            ),
            maak_vraag(
                "412005",
                "Reden",
                "Waarom wilt u de bomen vellen?",
                "Essentaksterfte; dode takken boven de openbare weg",
            ),
            maak_vraag("412008", "Herplant", "Gaat u nieuwe bomen planten?", "true"),
            maak_vraag(
                "412010",
                "Foto's",
                "Foto's van de bomen",
                "true",
                bijlage=maak_bijlage("Foto's houtopstand", "Foto", "boom1.jpg", "boom2.jpg"),
            ),
        ],
    }


def activiteit_voor_seed(seed: int, gemeente: str) -> dict:
    keuzes = (
        bouwactiviteit_technisch(str(50000 + 1000 * (seed % 300))),
        bouwactiviteit_omgevingsplan(gemeente),
        bouwwerk_slopen(),
        houtopstand_vellen(gemeente),
    )
    return keuzes[seed % len(keuzes)]

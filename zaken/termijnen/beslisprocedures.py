"""The statutory beslistermijnen as data: term, legal basis and the rules for verlenging."""

from dataclasses import dataclass

from .duur import Duur
from .fouten import TermijnFout


@dataclass(frozen=True)
class Beslisprocedure:
    naam: str
    onderwerp: str  # what was received: "Aanvraag", "Handhavingsverzoek"
    termijn: Duur
    grondslag: str
    max_verlengingen: int | None  # None: no statutory limit (Awb 4:14 lid 3)
    max_verlenging: Duur | None
    # Window for making the verlengingsbesluit known, counted like the beslistermijn from
    # receipt; None: within the term itself (as extended so far).
    verlengen_binnen: Duur | None
    verlenging_grondslag: str


_OW_VERLENGING = {"max_verlengingen": 1, "max_verlenging": Duur.weken(6)}
_AWB_4_14 = {
    "max_verlengingen": None,
    "max_verlenging": None,
    "verlengen_binnen": None,
    "verlenging_grondslag": "art. 4:14 lid 3 Awb",
}

BESLISPROCEDURES: dict[str, Beslisprocedure] = {
    "regulier": Beslisprocedure(
        naam="regulier",
        onderwerp="Aanvraag",
        termijn=Duur.weken(8),
        grondslag="art. 16.64 Ow",
        verlengen_binnen=None,
        verlenging_grondslag="art. 16.64 Ow",
        **_OW_VERLENGING,
    ),
    # DOMAIN.md §2.2: under the Ow the 6 months may be extended once by 6 weeks, decided
    # within the first 8 weeks.
    "uitgebreid": Beslisprocedure(
        naam="uitgebreid",
        onderwerp="Aanvraag",
        termijn=Duur.maanden(6),
        grondslag="art. 3:18 lid 1 Awb",
        verlengen_binnen=Duur.weken(8),
        verlenging_grondslag="art. 16.65 Ow",
        **_OW_VERLENGING,
    ),
    "aanvraag": Beslisprocedure(
        naam="aanvraag",
        onderwerp="Aanvraag",
        termijn=Duur.weken(8),
        grondslag="art. 4:13 lid 2 Awb",
        **_AWB_4_14,
    ),
    "handhavingsverzoek": Beslisprocedure(
        naam="handhavingsverzoek",
        onderwerp="Handhavingsverzoek",
        termijn=Duur.weken(8),
        grondslag="art. 4:13 lid 2 Awb",
        **_AWB_4_14,
    ),
}


def beslisprocedure(naam: str) -> Beslisprocedure:
    try:
        return BESLISPROCEDURES[naam]
    except KeyError:
        raise TermijnFout(
            f"Onbekende beslisprocedure '{naam}'; kies uit: {', '.join(BESLISPROCEDURES)}."
        ) from None

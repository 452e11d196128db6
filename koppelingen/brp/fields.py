"""The `fields` parameter of BRP API Personen 2.x: which paths may be asked, and filtering.

Rules (docs/v2/features-overzicht.md): a field is asked by its full dotted path; asking a group
delivers the whole group; asking any part of a datum or waardetabel delivers all of it; the
automatically delivered fields may not be asked; `verblijfplaatsBinnenland` and
`adresseringBinnenland` are aliases of `verblijfplaats` and `adressering`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

# Read from the shared specifications at runtime (never copied into the repository).
FIELDS_CSV = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "specs"
    / "haalcentraal"
    / "brp"
    / "Haal-Centraal-BRP-bevragen"
    / "features"
    / "fields-Persoon.csv"
)
AUTOMATISCH = (
    "inOnderzoek",
    "geheimhoudingPersoonsgegevens",
    "opschortingBijhouding",
    "rni",
    "verificatie",
    "indicatieVastgesteldVerblijftNietOpAdres",
)
ALIASSEN = {"verblijfplaatsBinnenland": "verblijfplaats", "adresseringBinnenland": "adressering"}
VELD_PATROON = r"^[a-zA-Z0-9\._]{1,200}$"

_HEEL = object()


def _paden(waarde: Any, prefix: str = "") -> set[str]:
    if isinstance(waarde, list):
        return set().union(*(_paden(w, prefix) for w in waarde)) if waarde else set()
    if not isinstance(waarde, dict):
        return set()
    paden: set[str] = set()
    for sleutel, sub in waarde.items():
        pad = f"{prefix}{sleutel}"
        paden |= {pad} | _paden(sub, pad + ".")
    return paden


@cache
def toegestane_velden() -> frozenset[str]:
    if FIELDS_CSV.exists():
        regels = FIELDS_CSV.read_text(encoding="utf-8").splitlines()[1:]  # skip header "pad"
        return frozenset(r.strip() for r in regels if r.strip())
    # Without the shared specifications (e.g. in a slim container) the fake's own data decide.
    from .fake_json import persoon
    from .fakedata import personen

    paden: set[str] = set().union(*(_paden(persoon(p)) for p in personen().values()))
    paden = {p for p in paden if p.split(".")[0] not in AUTOMATISCH}
    for alias, doel in ALIASSEN.items():
        paden |= {alias + p[len(doel) :] for p in paden if p.split(".")[0] == doel}
    return frozenset(paden)


def _ondeelbaar(waarde: dict[str, Any]) -> bool:
    """A datum (type + langFormaat) or a waardetabel (code/omschrijving) is delivered whole."""
    if "langFormaat" in waarde:
        return True
    return bool(waarde) and set(waarde) <= {"code", "omschrijving", "soort"}


def _boom(velden: list[str]) -> dict[str, Any]:
    boom: dict[str, Any] = {}
    for veld in velden:
        delen = veld.split(".")
        delen[0] = ALIASSEN.get(delen[0], delen[0])
        knoop = boom
        for i, deel in enumerate(delen):
            if i == len(delen) - 1:
                knoop[deel] = _HEEL
                break
            volgende = knoop.setdefault(deel, {})
            if volgende is _HEEL:
                break
            knoop = volgende
    return boom


def _filter(waarde: Any, boom: Any) -> Any:
    if boom is _HEEL or not isinstance(waarde, (dict, list)):
        return waarde
    if isinstance(waarde, list):
        return [f for f in (_filter(w, boom) for w in waarde) if f]
    if _ondeelbaar(waarde):
        return waarde
    uit = {k: _filter(waarde[k], sub) for k, sub in boom.items() if k in waarde}
    uit = {k: v for k, v in uit.items() if v not in ({}, [], None)}
    if uit and "type" in waarde:  # the discriminator of a polymorphic object always comes along
        uit = {"type": waarde["type"], **uit}
    return uit


def filter_persoon(persoon: dict[str, Any], velden: list[str]) -> dict[str, Any]:
    uit = _filter(persoon, _boom(velden))
    for veld in AUTOMATISCH:
        if veld in persoon:
            uit[veld] = persoon[veld]
    return uit

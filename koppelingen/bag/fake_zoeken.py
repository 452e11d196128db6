"""Search logic of the fake BAG's GET /adressen (Features: exacte_match, Adressen zoeken)."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ..fakes.haalcentraal import controleer_geheel_getal, controleer_patroon
from ..fakes.wsgi import Request, Response
from .fakedata import FakeAdres

if TYPE_CHECKING:
    from .fake import BagFake

POSTCODE = r"^[1-9]{1}[0-9]{3}[ ]{0,1}[a-zA-Z]{2}$"
PAND = r"^[0-9]{4}10[0-9]{10}$"


def _normaal(tekst: str) -> str:
    """Lower case without diacritics, so "damwald" finds Damwâld."""
    zonder = unicodedata.normalize("NFKD", tekst)
    return "".join(c for c in zonder if not unicodedata.combining(c)).lower()


def _past_bij_zoekterm(adres: FakeAdres, termen: list[str]) -> bool:
    tekst = _normaal(f"{adres.straat} {adres.woonplaats} {adres.postcode}")
    for term in termen:
        if term.isdigit():
            if not (str(adres.huisnummer) == term or adres.postcode.startswith(term)):
                return False
        elif _normaal(term) not in tekst and _normaal(term) != _normaal(adres.toevoegingen):
            return False
    return True


def _deel_past(waarde: str | None, gevraagd: str | None, exact: bool) -> bool:
    """exacteMatch=false: a part not asked for matches anything; true: it must be empty."""
    if gevraagd:
        return (waarde or "").lower() == gevraagd.lower()
    return not waarde if exact else True


def zoek_adressen(fake: BagFake, request: Request) -> list[FakeAdres] | Response:
    """The addresses matching one of the search combinations of GET /adressen."""
    arg = request.arg
    postcode, huisnummer = arg("postcode"), arg("huisnummer")
    letter, toevoeging = arg("huisletter"), arg("huisnummertoevoeging")
    fout = fake.ongeldig(
        request,
        [
            controleer_patroon("postcode", postcode, POSTCODE),
            controleer_geheel_getal("huisnummer", huisnummer, 1, 99999),
            controleer_patroon("huisletter", letter, r"^[a-zA-Z]{1}$"),
            controleer_patroon("huisnummertoevoeging", toevoeging, r"^[0-9a-zA-Z]{1,4}$"),
            controleer_patroon("pandIdentificatie", arg("pandIdentificatie"), PAND),
        ],
    )
    if fout:
        return fout
    alle = fake.data.adressen
    if arg("q"):
        termen = [t for t in arg("q").replace(",", " ").split() if t]
        return [a for a in alle if _past_bij_zoekterm(a, termen)]
    if arg("pandIdentificatie"):
        pand = fake.data.panden.get(arg("pandIdentificatie"))
        return list(pand.adressen) if pand else []
    if arg("adresseerbaarObjectIdentificatie"):
        return [a for a in alle if a.verblijfsobject_id == arg("adresseerbaarObjectIdentificatie")]
    if postcode or huisnummer:
        if not (postcode and huisnummer) and not arg("openbareRuimteNaam"):
            return fake.fout(
                request,
                400,
                code="paramsCombination",
                titel="Minimale combinatie van parameters moet worden opgegeven.",
            )
    if postcode:
        kandidaten = [a for a in alle if a.postcode == postcode.replace(" ", "").upper()]
    elif arg("woonplaatsNaam") and arg("openbareRuimteNaam") and huisnummer:
        kandidaten = [
            a
            for a in alle
            if _normaal(a.woonplaats) == _normaal(arg("woonplaatsNaam"))
            and _normaal(a.straat) == _normaal(arg("openbareRuimteNaam"))
        ]
    else:
        return fake.params_vereist(request)
    exact = (arg("exacteMatch") or "").lower() == "true"
    return [
        a
        for a in kandidaten
        if a.huisnummer == int(huisnummer)
        and _deel_past(a.huisletter, letter, exact)
        and _deel_past(a.toevoeging, toevoeging, exact)
    ]

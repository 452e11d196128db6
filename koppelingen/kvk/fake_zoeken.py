"""The search logic of the fake KVK API Zoeken v2: validation, matching and pagination."""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlencode

from ..fakes.wsgi import Request
from . import fake_json
from .fakedata import FOUTMELDING, FakeOnderneming, FakeVestiging, ondernemingen

ZOEK_PATRONEN = {
    "kvkNummer": r"[0-9]{8}",
    "rsin": r"[0-9]{9}",
    "vestigingsnummer": r"[0-9]{12}",
    "postcode": r"[0-9]{4}[a-zA-Z]{2}",
    "huisnummer": r"[0-9]{1,5}",
    "huisletter": r"[a-zA-Z]",
    "postbusnummer": r"[0-9]{1,5}",
    "pagina": r"[0-9]{1,4}",
    "resultatenPerPagina": r"[0-9]{1,3}",
    "inclusiefInactieveRegistraties": r"true|false",
}
ZOEK_TYPEN = {"hoofdvestiging", "nevenvestiging", "rechtspersoon"}


def _normaal(tekst: str) -> str:
    zonder = unicodedata.normalize("NFKD", tekst)
    return "".join(c for c in zonder if not unicodedata.combining(c)).lower()


CRITERIA = ("kvkNummer", "rsin", "vestigingsnummer", "naam", "straatnaam", "plaats", "postcode")


def _normaal(tekst: str) -> str:
    zonder = unicodedata.normalize("NFKD", tekst)
    return "".join(c for c in zonder if not unicodedata.combining(c)).lower()


def _typen(request: Request) -> set[str]:
    return {t for waarde in request.query.get("type", []) for t in waarde.split(",") if t}


def ongeldige_parameters(request: Request) -> list[str]:
    arg = request.arg
    ongeldig = [
        n
        for n, p in ZOEK_PATRONEN.items()
        if arg(n) is not None and not re.fullmatch(p, arg(n) or "")
    ]
    if _typen(request) - ZOEK_TYPEN:
        ongeldig.append("type")
    if "resultatenPerPagina" not in ongeldig and not 1 <= _per_pagina(request) <= 100:
        ongeldig.append("resultatenPerPagina")
    if "pagina" not in ongeldig and not 1 <= _paginanummer(request) <= 1000:
        ongeldig.append("pagina")
    if arg("postcode") and not (arg("huisnummer") or arg("postbusnummer")):
        ongeldig.append("postcode")
    return ongeldig


def heeft_criterium(request: Request) -> bool:
    return any(request.arg(c) for c in CRITERIA)


def _per_pagina(request: Request) -> int:
    return int(request.arg("resultatenPerPagina") or 10)


def _paginanummer(request: Request) -> int:
    return int(request.arg("pagina") or 1)


def resultaten(request: Request) -> list[dict[str, Any]]:
    typen = _typen(request)
    return [
        fake_json.zoekresultaat(o, v, request.base_url)
        for o, v in _kandidaten()
        if _past(request, o, v) and (not typen or _type(o, v) in typen)
    ]


def _kandidaten() -> list[tuple[FakeOnderneming, FakeVestiging | None]]:
    paren: list[tuple[FakeOnderneming, FakeVestiging | None]] = []
    for o in ondernemingen().values():
        if o.kvk_nummer == FOUTMELDING:
            continue
        if o.rsin:  # rechtspersonen are found as such too
            paren.append((o, None))
        paren += [(o, v) for v in o.vestigingen]
    return paren


def _type(o: FakeOnderneming, v: FakeVestiging | None) -> str:
    if v is None:
        return "rechtspersoon"
    return "hoofdvestiging" if v.hoofdvestiging else "nevenvestiging"


def _past(request: Request, o: FakeOnderneming, v: FakeVestiging | None) -> bool:
    arg = request.arg
    if arg("kvkNummer") and arg("kvkNummer") != o.kvk_nummer:
        return False
    if arg("rsin") and arg("rsin") != o.rsin:
        return False
    if arg("vestigingsnummer") and (v is None or v.vestigingsnummer != arg("vestigingsnummer")):
        return False
    if arg("naam"):
        namen = [v.naam] if v else o.alle_handelsnamen
        if not any(_normaal(arg("naam")) in _normaal(n) for n in [*namen, o.naam]):
            return False
    if any(arg(k) for k in ("straatnaam", "plaats", "postcode", "huisnummer", "huisletter")):
        if v is None:
            return False
        delen = fake_json.adres_delen(v)
        checks = {
            "straatnaam": lambda w: _normaal(w) in _normaal(delen["straatnaam"]),
            "plaats": lambda w: _normaal(w) == _normaal(delen["plaats"]),
            "postcode": lambda w: w.upper() == delen["postcode"],
            "huisnummer": lambda w: int(w) == delen["huisnummer"],
            "huisletter": lambda w: w.upper() == str(delen.get("huisletter", "")).upper(),
        }
        if not all(check(arg(k)) for k, check in checks.items() if arg(k)):
            return False
    return True


def pagina(request: Request, items: list[dict[str, Any]]) -> dict[str, Any]:
    nummer, per_pagina = _paginanummer(request), _per_pagina(request)
    overige = [(k, v) for k, vs in request.query.items() if k != "pagina" for v in vs]

    def href(p: int) -> str:
        return f"{request.base_url}{request.path}?{urlencode([*overige, ('pagina', p)])}"

    body: dict[str, Any] = {
        "pagina": nummer,
        "resultatenPerPagina": per_pagina,
        "totaal": len(items),
    }
    links: dict[str, Any] = {"self": {"href": href(nummer)}}
    if nummer > 1:
        body["vorige"] = href(nummer - 1)
        links["vorige"] = {"href": body["vorige"]}
    if nummer * per_pagina < len(items):
        body["volgende"] = href(nummer + 1)
        links["volgende"] = {"href": body["volgende"]}
    body["resultaten"] = items[(nummer - 1) * per_pagina : nummer * per_pagina]
    body["_links"] = links
    return body

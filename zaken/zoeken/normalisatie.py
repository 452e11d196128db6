"""Text normalisation shared by the index writer and the query parser, so both sides agree.

The embedded PostgreSQL has pg_trgm but not unaccent: diacritics (Damwâld, Fryslân) are removed
here in Python before anything reaches the database.
"""

import re
import unicodedata

# Abbreviated tussenvoegsels as people type them at the counter.
_AFKORTINGEN = [
    (re.compile(r"\bv\s*/\s*d\b\.?"), " van de "),
    (re.compile(r"\bv\.\s*d\.?(?=\s|$)"), " van der "),
    (re.compile(r"\bvd\b"), " van der "),
    (re.compile(r"\bi\.\s*t\.?(?=\s|$)"), " in t "),
]
_NIET_WOORD = re.compile(r"[^0-9a-z]+")
_POSTCODE = re.compile(r"^(\d{4})\s*([a-z]{2})$")
_POSTCODE_HUISNUMMER = re.compile(r"^(\d{4})\s*([a-z]{2})[\s,]*(\d{1,5})\s*-?\s*([a-z]?)\b")


def zonder_diakrieten(tekst: str) -> str:
    ontleed = unicodedata.normalize("NFKD", tekst)
    return "".join(c for c in ontleed if not unicodedata.combining(c))


def normaliseer(tekst: str) -> str:
    """Lowercase, no diacritics, abbreviations expanded, punctuation → single spaces."""
    tekst = zonder_diakrieten(tekst or "").lower()
    for patroon, vervanging in _AFKORTINGEN:
        tekst = patroon.sub(vervanging, tekst)
    return " ".join(_NIET_WOORD.sub(" ", tekst).split())


def postcode_sleutel(postcode: str) -> str:
    """'9101 LJ' → '9101lj'; anything that is not a Dutch postcode → ''."""
    match = _POSTCODE.match(" ".join((postcode or "").lower().split()))
    return f"{match[1]}{match[2]}" if match else ""


def adres_sleutels(postcode: str, huisnummer: str = "", huisletter: str = "") -> list[str]:
    """Exact-match keys of an address: postcode alone, with huisnummer, with huisletter."""
    pc = postcode_sleutel(postcode)
    if not pc:
        return []
    sleutels = [pc]
    nummer = "".join(c for c in (huisnummer or "") if c.isdigit())
    if nummer:
        sleutels.append(f"{pc}{nummer}")
        if huisletter:
            sleutels.append(f"{pc}{nummer}{huisletter.lower()}")
    return sleutels


def adres_sleutel_uit_zoekterm(zoekterm: str) -> str:
    """'9101 LJ 12', '9101lj12', '9101 LJ, 12a' → '9101lj12' / '9101lj12a'; '' if not an address."""
    tekst = " ".join(zonder_diakrieten(zoekterm).lower().split())
    if match := _POSTCODE_HUISNUMMER.match(tekst):
        return f"{match[1]}{match[2]}{match[3]}{match[4]}"
    return postcode_sleutel(tekst)

"""Archive dates (ZGW brondatum rules, DOMAIN.md §5): archiefactiedatum = brondatum +
archiefactietermijn."""

import datetime


def _plus_jaren(datum: datetime.date, jaren: int) -> datetime.date:
    try:
        return datum.replace(year=datum.year + jaren)
    except ValueError:  # 29 February
        return datum.replace(year=datum.year + jaren, day=28)


def brondatum(zaak, resultaattype, einddatum: datetime.date) -> datetime.date | None:
    wijze = resultaattype.brondatum_afleidingswijze
    if wijze == "afgehandeld":
        return einddatum
    if wijze == "termijn":
        return _plus_jaren(einddatum, resultaattype.procestermijn_jaren or 0)
    if wijze in ("ingangsdatum_besluit", "vervaldatum_besluit"):
        veld = "ingangsdatum" if wijze == "ingangsdatum_besluit" else "vervaldatum"
        datums = [getattr(b, veld) for b in zaak.besluiten.all() if getattr(b, veld)]
        return max(datums) if datums else None
    return None  # eigenschap / ander_datumkenmerk: set by hand by the record manager


def archiefgegevens(zaak, resultaattype) -> tuple[str, datetime.date | None]:
    einddatum = zaak.einddatum or datetime.date.today()
    bron = brondatum(zaak, resultaattype, einddatum)
    if resultaattype.archiefnominatie == "blijvend_bewaren" or bron is None:
        return resultaattype.archiefnominatie, None
    return resultaattype.archiefnominatie, _plus_jaren(bron, resultaattype.archiefactietermijn_jaren or 0)

"""Calendar of the Algemene termijnenwet: which days are not working days (Atw art. 1 and 3).

The Python `holidays` package is deliberately not used: it lacks 5 May in non-lustrum years,
Goede Vrijdag in older versions and the days made equal by KB (see ARCHITECTURE.md).
"""

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from .gelijkgestelde_dagen import GELIJKGESTELDE_DAGEN, GelijkgesteldeDag

WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
KB_OMSCHRIJVING = "bij KB gelijkgestelde dag"


def paaszondag(jaar: int) -> date:
    """Easter Sunday (Gregorian calendar), anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = jaar % 19
    b, c = divmod(jaar, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    maand, dag = divmod(h + el - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def _koningsdag(jaar: int) -> tuple[date, str]:
    # Since 2014 Koningsdag (27 April); before that Koninginnedag (30 April). Either moves
    # one day back when it falls on a Sunday.
    dag, naam = (27, "Koningsdag") if jaar >= 2014 else (30, "Koninginnedag")
    datum = date(jaar, 4, dag)
    if datum.weekday() == 6:
        datum -= timedelta(days=1)
    return datum, naam


@lru_cache(maxsize=256)
def wettelijke_feestdagen(jaar: int) -> dict[date, str]:
    """The algemeen erkende feestdagen of Atw art. 3 lid 1 and 2 for one year (without KB days)."""
    pasen = paaszondag(jaar)
    koningsdag, koningsdag_naam = _koningsdag(jaar)
    dagen = {
        date(jaar, 1, 1): "Nieuwjaarsdag",
        pasen - timedelta(days=2): "Goede Vrijdag",
        pasen + timedelta(days=1): "Tweede Paasdag",
        koningsdag: koningsdag_naam,
        date(jaar, 5, 5): "Bevrijdingsdag",
        pasen + timedelta(days=39): "Hemelvaartsdag",
        pasen + timedelta(days=50): "Tweede Pinksterdag",
        date(jaar, 12, 25): "Eerste Kerstdag",
        date(jaar, 12, 26): "Tweede Kerstdag",
    }
    return dagen


def _zondagsnaam(datum: date) -> str | None:
    pasen = paaszondag(datum.year)
    if datum == pasen:
        return "Eerste Paasdag"
    if datum == pasen + timedelta(days=49):
        return "Eerste Pinksterdag"
    return None


class AtwKalender:
    """Working days under the Atw: not Saturday, Sunday, an art. 3 holiday or a KB day.

    `extra_dagen` are further gelijkgestelde dagen (e.g. entered by functioneel beheer for
    years after the built-in table); they are added to `tabel`, never replace it.
    """

    def __init__(
        self,
        extra_dagen: Iterable[date] = (),
        *,
        tabel: Iterable[GelijkgesteldeDag] = GELIJKGESTELDE_DAGEN,
    ) -> None:
        self._kb: dict[date, str] = {rij.datum: rij.bron for rij in tabel}
        for datum in extra_dagen:
            self._kb.setdefault(datum, "ingevoerd door functioneel beheer")

    @property
    def laatste_kb_jaar(self) -> int | None:
        """Last year for which gelijkgestelde dagen are known (None if there are none)."""
        return max((d.year for d in self._kb), default=None)

    def feestdagen(self, jaar: int) -> dict[date, str]:
        """All Atw art. 3 days of a year (statutory and KB), with their Dutch name."""
        dagen = dict(wettelijke_feestdagen(jaar))
        dagen.update({d: KB_OMSCHRIJVING for d in self._kb if d.year == jaar})
        return dict(sorted(dagen.items()))

    def feestdag(self, datum: date) -> str | None:
        """Name of the Atw art. 3 holiday on this date, or None."""
        return wettelijke_feestdagen(datum.year).get(datum) or (
            KB_OMSCHRIJVING if datum in self._kb else None
        )

    def vrije_dag(self, datum: date) -> str | None:
        """Why this date is not a working day in Dutch (e.g. 'zondag', 'Goede Vrijdag'), or None."""
        naam = self.feestdag(datum)
        if naam:
            return naam
        if datum.weekday() == 5:
            return "zaterdag"
        if datum.weekday() == 6:
            zondagsnaam = _zondagsnaam(datum)
            return f"zondag, {zondagsnaam}" if zondagsnaam else "zondag"
        return None

    def is_kb_dag(self, datum: date) -> bool:
        """True for a day made equal to a holiday by KB (Atw art. 3 lid 3)."""
        return datum in self._kb and datum not in wettelijke_feestdagen(datum.year)

    def kb_bron(self, datum: date) -> str | None:
        """Source of a gelijkgestelde dag (the KB), or None."""
        return self._kb.get(datum)

    def is_werkdag(self, datum: date) -> bool:
        return self.vrije_dag(datum) is None

    def volgende_werkdag(self, datum: date) -> date:
        """The first working day on or after `datum`."""
        while not self.is_werkdag(datum):
            datum += timedelta(days=1)
        return datum

    def vorige_werkdag(self, datum: date) -> date:
        """The last working day on or before `datum`."""
        while not self.is_werkdag(datum):
            datum -= timedelta(days=1)
        return datum

    def werkdagen_tussen(self, van: date, tot_en_met: date) -> int:
        """Number of working days from `van` up to and including `tot_en_met`."""
        aantal, dag = 0, van
        while dag <= tot_en_met:
            aantal += self.is_werkdag(dag)
            dag += timedelta(days=1)
        return aantal

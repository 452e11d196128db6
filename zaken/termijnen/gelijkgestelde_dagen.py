"""Days made equal to a holiday by Koninklijk Besluit (Atw art. 3 lid 3).

This is data, not logic: a new KB adds rows here (or functioneel beheer enters them in the
admin, which are fed to `AtwKalender(extra_dagen=...)`).
"""

from datetime import date
from typing import NamedTuple


class GelijkgesteldeDag(NamedTuple):
    datum: date
    bron: str


_KB_2026_2028 = "KB gelijkgestelde dagen 2026-2028, Stcrt. 2025, 24713"
_KB_EERDER = "KB gelijkgestelde dagen (overzicht sterfgeval.nl, zie DOMAIN.md §2.7)"

GELIJKGESTELDE_DAGEN: tuple[GelijkgesteldeDag, ...] = (
    GelijkgesteldeDag(date(2023, 4, 28), _KB_EERDER),
    GelijkgesteldeDag(date(2023, 5, 19), _KB_EERDER),
    GelijkgesteldeDag(date(2024, 5, 10), _KB_EERDER),
    GelijkgesteldeDag(date(2024, 12, 27), _KB_EERDER),
    GelijkgesteldeDag(date(2025, 5, 30), _KB_EERDER),
    GelijkgesteldeDag(date(2026, 1, 2), _KB_2026_2028),
    GelijkgesteldeDag(date(2026, 5, 15), _KB_2026_2028),
    GelijkgesteldeDag(date(2027, 5, 7), _KB_2026_2028),
    GelijkgesteldeDag(date(2028, 4, 28), _KB_2026_2028),
    GelijkgesteldeDag(date(2028, 5, 26), _KB_2026_2028),
)

"""Pure planning rules: how many visits an object gets in a year, in which months, and the
order of a day's route. No database access, so they are easy to test and to explain."""

import math
from decimal import Decimal

# Naleefgedrag shifts the frequency (LHSO/IBP: poor compliance means more toezicht).
NALEEF_FACTOR = {"goed": Decimal("0.5"), "matig": Decimal("1"), "slecht": Decimal("2"), "onbekend": Decimal("1")}


def aantal_controles(per_jaar: Decimal, naleefgedrag: str, jaar: int, spreiding: int) -> int:
    """Visits in `jaar` for a frequency of `per_jaar` (may be fractional: 0.5 = every other
    year). `spreiding` (e.g. the object id) spreads fractional visits over the years so not
    every 'once in two years' object falls in the same year; the long-run average is exact."""
    f = float(Decimal(per_jaar) * NALEEF_FACTOR.get(naleefgedrag, Decimal("1")))
    if f <= 0:
        return 0
    fase = (spreiding * 0.6180339887) % 1.0
    return math.floor(f * (jaar + 1) + fase) - math.floor(f * jaar + fase)


def maanden(aantal: int, spreiding: int) -> list[int]:
    """Spread `aantal` visits evenly over the year, shifted per object to level the workload."""
    if aantal <= 0:
        return []
    stap = 12 / aantal
    start = spreiding % max(1, int(stap))
    return [min(12, int(start + i * stap) + 1) for i in range(aantal)]


def afstand_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def route_volgorde(
    punten: list[tuple[int, float | None, float | None]], start: tuple[float, float] | None = None
) -> list[int]:
    """Nearest-neighbour route over (id, lat, lon) from `start` (e.g. the gemeentehuis);
    stops without coordinates go last in their given order."""
    met = [(i, la, lo) for i, la, lo in punten if la is not None and lo is not None]
    zonder = [i for i, la, lo in punten if la is None or lo is None]
    volgorde: list[int] = []
    huidig = start or ((met[0][1], met[0][2]) if met else None)
    while met:
        dichtst = min(met, key=lambda p: afstand_km(huidig, (p[1], p[2])))
        volgorde.append(dichtst[0])
        huidig = (dichtst[1], dichtst[2])
        met.remove(dichtst)
    return volgorde + zonder

"""The loop of the ops commands that call an external system once per tenant (dso_ophalen,
swf_ophalen): one tenant's outage must not stop the other's, and ops see why, in Dutch."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..errors import KoppelingFout


def per_koppeling(command, koppelingen: Iterable, doe: Callable[[object], list[str]]) -> None:
    """Runs `doe(koppeling)` for each koppeling and prints the lines it returns; a KoppelingFout
    is printed on stderr with the organisatie's name and the next koppeling runs. Exits 1 when
    any failed, so cron and monitoring notice."""
    fouten = 0
    for koppeling in koppelingen:
        try:
            regels = doe(koppeling)
        except KoppelingFout as exc:
            fouten += 1
            command.stderr.write(f"{koppeling.organisatie.naam}: {exc}")
            continue
        for regel in regels:
            command.stdout.write(regel)
    if fouten:
        raise SystemExit(1)

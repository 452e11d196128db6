"""Tabs of the zaak detail page. Apps add their own tab (Taken, Verzoek, Brieven, ...) with
`registreer_tab` in their AppConfig.ready(), so the zaak page never imports them."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ZaakTab:
    code: str
    label: str
    template: str  # rendered inside the tab area; gets zaak, lidmaatschap and the context below
    context: Callable | None = None  # (request, zaak, lidmaatschap) -> dict
    recht: str | None = None
    volgorde: int = 50
    toon: Callable | None = None  # (zaak) -> bool: e.g. only for zaken from the DSO


_TABS: dict[str, ZaakTab] = {}


def registreer_tab(tab: ZaakTab) -> None:
    _TABS[tab.code] = tab


def tabs_voor(zaak, rechten: set[str]) -> list[ZaakTab]:
    return sorted(
        (t for t in _TABS.values() if (t.recht is None or t.recht in rechten) and (t.toon is None or t.toon(zaak))),
        key=lambda t: t.volgorde,
    )


# Banners above the tabs (e.g. signalering: "ligt in beschermd stadsgezicht"). An app registers a
# callable (zaak) -> list[str] of Dutch messages; the zaak page shows them all.
_BANNERS: list[Callable] = []


def registreer_banner(bron: Callable) -> None:
    if bron not in _BANNERS:
        _BANNERS.append(bron)


def banners_voor(zaak) -> list[str]:
    return [melding for bron in _BANNERS for melding in bron(zaak)]

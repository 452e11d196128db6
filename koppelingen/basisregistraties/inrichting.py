"""Services pointing at the built-in fake servers (demo, tests, a fresh installation)."""

from __future__ import annotations

from django.conf import settings

from .models import Registratiekoppeling, Soort

# (header the fake and the real API expect, label); the fakes accept any non-empty key.
HEADERS = {
    Soort.BAG: ("X-Api-Key", "BAG API Individuele Bevragingen v2 (nep)"),
    Soort.BRK: ("X-Api-Key", "BRK-Bevragen v2 (nep)"),
    Soort.BRP: ("X-API-KEY", "BRP API Personen v2 (nep)"),
    Soort.KVK: ("apikey", "KVK Zoeken/Basisprofiel (nep)"),
}
DEMO_SLEUTEL = "demo-sleutel-nep"


def richt_in(
    basis_url: str | None = None, *, sleutel: str = DEMO_SLEUTEL, timeout: int = 10
) -> list[Registratiekoppeling]:
    """Idempotent: (re)points the four Services at `basis_url` + /bag/, /brk/, /brp/, /kvk/."""
    from zgw_consumers.constants import APITypes, AuthTypes
    from zgw_consumers.models import Service

    basis = (basis_url or settings.CLO_FAKES_URL).rstrip("/")
    koppelingen = []
    for soort, (header, label) in HEADERS.items():
        service, _ = Service.objects.update_or_create(
            slug=f"basisregistratie-{soort}",
            defaults={
                "label": label,
                "api_type": APITypes.orc,
                "api_root": f"{basis}/{soort}/",
                "auth_type": AuthTypes.api_key,
                "header_key": header,
                "header_value": sleutel,
                "timeout": timeout,
            },
        )
        koppeling, _ = Registratiekoppeling.objects.update_or_create(
            soort=soort, defaults={"service": service, "actief": True}
        )
        koppelingen.append(koppeling)
    return koppelingen

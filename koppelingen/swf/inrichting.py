"""Demo configuration of samenwerken: the koppeling to the fake SWF and some ketenpartners."""

from __future__ import annotations

from django.conf import settings

from ..dso.models import Ketenpartner, SwfKoppeling

# Fictitious OINs for the demo (not looked up in the OIN register): replace in the admin.
DEMO_KETENPARTNERS = (
    ("Fryslân Omgevingsdienst (FUMO) — demo", "00000009999999990001"),
    ("Brandweer Fryslân — demo", "00000009999999990002"),
    ("Wetterskip Fryslân — demo", "00000009999999990003"),
)


def richt_swf_in(organisatie, api_root: str | None = None) -> SwfKoppeling:
    from zgw_consumers.constants import APITypes, AuthTypes
    from zgw_consumers.models import Service

    # The fake's root plays the v5 root (.../overheid/samenwerken/api/behandelen/v5/); see fake.py.
    api_root = api_root or f"{settings.CLO_FAKES_URL.rstrip('/')}/swf/"
    service, _ = Service.objects.update_or_create(
        slug="dso-samenwerken",
        defaults={
            "label": "DSO Samenwerken (behandelen v5)",
            "api_type": APITypes.orc,
            "api_root": api_root,
            "auth_type": AuthTypes.no_auth,
            "timeout": 30,
        },
    )
    koppeling, _ = SwfKoppeling.objects.update_or_create(organisatie=organisatie, defaults={"service": service})
    for naam, oin in DEMO_KETENPARTNERS:
        Ketenpartner.objects.get_or_create(organisatie=organisatie, oin=oin, defaults={"naam": naam})
    return koppeling

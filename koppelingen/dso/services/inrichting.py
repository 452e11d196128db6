"""Default configuration for the demo and new tenants: activiteit → zaaktype rules and the
Verzoek afhandelen Service pointing at the built-in fake. Idempotent."""

from __future__ import annotations

from django.conf import settings

from ..models import ActiviteitZaaktype, DsoKoppeling

# (activiteit pattern, type verzoek, doel, zaaktype identificatie, prioriteit)
STANDAARD_REGELS = (
    ("*", "", "Conceptverzoek", "VOOROVERLEG", 10),
    ("BouwactiviteitTechnisch", "Aanvraag vergunning", "", "AANVRAAG-REGULIER", 50),
    ("BouwactiviteitOmgevingsplan", "Aanvraag vergunning", "", "AANVRAAG-REGULIER", 50),
    ("HoutopstandVellen", "Aanvraag vergunning", "", "AANVRAAG-REGULIER", 50),
    ("*", "Melding", "", "MELDING-ACTIVITEIT", 90),
    ("*", "Melding gelijkwaardige maatregel", "", "MELDING-ACTIVITEIT", 90),
    ("*", "Informatie", "", "INFORMATIEPLICHT", 90),
    ("*", "Informatie ongewoon voorval", "", "INFORMATIEPLICHT", 90),
)


def richt_mapping_in(organisatie) -> int:
    nieuw = 0
    for activiteit, type_verzoek, doel, zaaktype, prioriteit in STANDAARD_REGELS:
        _, aangemaakt = ActiviteitZaaktype.objects.get_or_create(
            organisatie=organisatie,
            activiteit=activiteit,
            type_verzoek=type_verzoek,
            doel=doel,
            defaults={"zaaktype_identificatie": zaaktype, "prioriteit": prioriteit},
        )
        nieuw += aangemaakt
    return nieuw


def richt_koppeling_in(organisatie, api_root: str | None = None) -> DsoKoppeling:
    from zgw_consumers.constants import APITypes, AuthTypes
    from zgw_consumers.models import Service

    api_root = api_root or f"{settings.CLO_FAKES_URL.rstrip('/')}/dso/"
    service, _ = Service.objects.update_or_create(
        slug="dso-verzoek-afhandelen",
        defaults={
            "label": "DSO Verzoek afhandelen (v2)",
            "api_type": APITypes.orc,
            "api_root": api_root,
            "auth_type": AuthTypes.no_auth,
            "timeout": 30,
        },
    )
    koppeling, _ = DsoKoppeling.objects.update_or_create(organisatie=organisatie, defaults={"service": service})
    return koppeling

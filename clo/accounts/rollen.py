"""Roles and what they may do. Roles stack: a membership with two roles has the union.

Kept as code, not as admin data, because every permission check in views and APIs refers to
these capability names; functioneel beheer assigns roles (and zaaktype/vertrouwelijkheid
limits) per medewerker per tenant in the admin.
"""

from django.db import models


class Rol(models.TextChoices):
    VERGUNNINGVERLENER = "vergunningverlener", "Vergunningverlener"
    TOEZICHTHOUDER = "toezichthouder", "Toezichthouder"
    HANDHAVER = "handhaver", "Handhaver"
    JURIST = "jurist", "Jurist"
    ADVISEUR = "adviseur", "Adviseur"
    KCC = "kcc", "KCC-medewerker"
    TEAMLEIDER = "teamleider", "Teamleider"
    FUNCTIONEEL_BEHEERDER = "functioneel_beheerder", "Functioneel beheerder"
    AUDITOR = "auditor", "Auditor (alleen lezen)"


class Vertrouwelijkheid(models.TextChoices):
    """ZGW vertrouwelijkheidaanduiding, ordered from least to most confidential."""

    OPENBAAR = "openbaar", "Openbaar"
    BEPERKT_OPENBAAR = "beperkt_openbaar", "Beperkt openbaar"
    INTERN = "intern", "Intern"
    ZAAKVERTROUWELIJK = "zaakvertrouwelijk", "Zaakvertrouwelijk"
    VERTROUWELIJK = "vertrouwelijk", "Vertrouwelijk"
    CONFIDENTIEEL = "confidentieel", "Confidentieel"
    GEHEIM = "geheim", "Geheim"
    ZEER_GEHEIM = "zeer_geheim", "Zeer geheim"


VERTROUWELIJKHEID_VOLGORDE = [v.value for v in Vertrouwelijkheid]


def vertrouwelijkheden_tot(maximum: str) -> list[str]:
    """All aanduidingen up to and including `maximum`."""
    return VERTROUWELIJKHEID_VOLGORDE[: VERTROUWELIJKHEID_VOLGORDE.index(maximum) + 1]


# Capabilities per role. Names are "<domein>.<handeling>".
_BEHANDELAAR = {
    "zaak.lezen",
    "zaak.aanmaken",
    "zaak.behandelen",
    "document.lezen",
    "document.uploaden",
    "betrokkene.bsn_inzien",
    "werkvoorraad.gebruiken",
    "zaak.zoeken",
}
RECHTEN: dict[str, set[str]] = {
    Rol.VERGUNNINGVERLENER: _BEHANDELAAR | {"besluit.nemen"},
    Rol.TOEZICHTHOUDER: _BEHANDELAAR | {"toezicht.uitvoeren"},
    Rol.HANDHAVER: _BEHANDELAAR | {"handhaving.besluiten", "besluit.nemen"},
    Rol.JURIST: _BEHANDELAAR | {"handhaving.besluiten", "besluit.nemen"},
    Rol.ADVISEUR: {"zaak.lezen", "document.lezen", "document.uploaden", "werkvoorraad.gebruiken", "zaak.zoeken"},
    Rol.KCC: {"kcc.inlichtingen", "zaak.aanmaken", "zaak.zoeken", "contactmoment.registreren"},
    Rol.TEAMLEIDER: _BEHANDELAAR | {"werkvoorraad.verdelen", "rapportage.inzien", "besluit.nemen"},
    Rol.FUNCTIONEEL_BEHEERDER: {
        "beheer.configureren",
        "zaak.lezen",
        "document.lezen",
        "koppelingen.beheren",
        "intake.beheren",
        "zaak.zoeken",
    },
    Rol.AUDITOR: {"zaak.lezen", "document.lezen", "audit.inzien", "rapportage.inzien", "zaak.zoeken"},
}


def rechten_voor(rollen: list[str]) -> set[str]:
    result: set[str] = set()
    for rol in rollen:
        result |= RECHTEN.get(rol, set())
    return result

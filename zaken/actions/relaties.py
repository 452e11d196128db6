from django.db import transaction

from clo.audit.log import log_gebeurtenis
from zaken.actions.zaak import ZaakFout
from zaken.models import Zaak, ZaakRelatie

AARDEN = dict(ZaakRelatie._meta.get_field("aard").choices)


@transaction.atomic
def relateer_zaak(van: Zaak, naar: Zaak, *, door, aard: str = "gerelateerd") -> ZaakRelatie:
    """Link two zaken of one organisatie. Linking an already linked pair returns the existing
    relation unchanged and logs nothing, so callers that retry (flows, tasks) stay idempotent."""
    if van.pk == naar.pk:
        raise ZaakFout("Een zaak kan niet aan zichzelf worden gerelateerd.")
    if van.organisatie_id != naar.organisatie_id:
        raise ZaakFout("Zaken van verschillende organisaties kunnen niet aan elkaar worden gerelateerd.")
    if aard not in AARDEN:
        raise ZaakFout(f"Onbekende aard van de relatie: {aard}.")
    relatie, nieuw = ZaakRelatie.objects.get_or_create(van=van, naar=naar, defaults={"aard": aard})
    if not nieuw:
        return relatie
    label = AARDEN[aard].lower()
    for zaak, andere in ((van, naar), (naar, van)):
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="zaak.gerelateerd",
            zaak=zaak,
            obj=relatie,
            omschrijving=f"Zaak {andere.identificatie} gerelateerd ({label}).",
            data={"van": van.identificatie, "naar": naar.identificatie, "aard": aard},
        )
    return relatie

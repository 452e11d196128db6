import uuid

from django.core.exceptions import ValidationError
from django.db import transaction

from clo.audit.log import log_gebeurtenis
from toezicht.fouten import ToezichtFout
from toezicht.models import ObjectBron, VthObject

VERGUNNING_ZAAKTYPEN = ("AANVRAAG-REGULIER", "AANVRAAG-UITGEBREID", "MELDING-ACTIVITEIT")


def _valideer(obj: VthObject) -> None:
    try:
        obj.full_clean(exclude=["organisatie", "vergunning_zaak"])
    except ValidationError as exc:
        raise ToezichtFout(" ".join(f"{veld}: {' '.join(m)}" for veld, m in exc.message_dict.items())) from exc


@transaction.atomic
def maak_object(organisatie, *, door, bron: str = ObjectBron.HANDMATIG, **velden) -> VthObject:
    velden.setdefault("objectcode", f"OBJ-{uuid.uuid4().hex[:8].upper()}")
    if VthObject.objects.filter(organisatie=organisatie, objectcode=velden["objectcode"]).exists():
        raise ToezichtFout(f"Er bestaat al een object met kenmerk {velden['objectcode']}.")
    obj = VthObject(organisatie=organisatie, bron=bron, **velden)
    _valideer(obj)
    obj.save()
    log_gebeurtenis(
        organisatie=organisatie,
        door=door,
        actie="toezicht.object",
        obj=obj,
        omschrijving=f"VTH-object '{obj}' aangemaakt ({obj.get_bron_display()}).",
    )
    return obj


@transaction.atomic
def wijzig_object(obj: VthObject, *, door, **velden) -> VthObject:
    for veld, waarde in velden.items():
        setattr(obj, veld, waarde)
    _valideer(obj)
    obj.save()
    log_gebeurtenis(
        organisatie=obj.organisatie,
        door=door,
        actie="toezicht.object_gewijzigd",
        obj=obj,
        omschrijving=f"VTH-object '{obj}' gewijzigd: {', '.join(sorted(velden))}.",
    )
    return obj


def object_van_vergunning(zaak, *, door, risicocategorie: int = 3, activiteiten: list[str] | None = None) -> VthObject:
    """From a verleende vergunning: the zaak's first location and its initiator as contact.
    Calling it twice for the same zaak returns the existing object."""
    if zaak.zaaktype.identificatie not in VERGUNNING_ZAAKTYPEN:
        raise ToezichtFout("Alleen van een vergunning of melding kan een VTH-object worden gemaakt.")
    bestaand = VthObject.objects.filter(organisatie=zaak.organisatie, vergunning_zaak=zaak).first()
    if bestaand:
        return bestaand
    locatie = zaak.locaties.first()
    if locatie is None:
        raise ToezichtFout("De zaak heeft geen locatie; leg eerst de locatie vast.")
    initiator = zaak.betrokkenen.filter(roltype__omschrijving_generiek="initiator").first()
    return maak_object(
        zaak.organisatie,
        door=door,
        bron=ObjectBron.VERGUNNING,
        objectcode=f"Z-{zaak.identificatie}"[:40],
        naam=zaak.omschrijving[:200],
        straat=locatie.straat,
        huisnummer=locatie.huisnummer,
        postcode=locatie.postcode,
        woonplaats=locatie.woonplaats,
        nummeraanduiding_id=locatie.nummeraanduiding_id,
        lat=locatie.lat,
        lon=locatie.lon,
        activiteiten=activiteiten or ["bouwen"],
        risicocategorie=risicocategorie,
        contactnaam=initiator.naam if initiator else "",
        contact_email=initiator.email if initiator else "",
        vergunning_zaak=zaak,
    )

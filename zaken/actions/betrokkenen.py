from django.core.exceptions import ValidationError
from django.db import transaction

from clo.audit.log import log_gebeurtenis
from zaken.actions.zaak import ZaakFout
from zaken.models import Betrokkene, BetrokkeneType, Locatie


def voeg_betrokkene_toe(zaak, *, roltype, door, betrokkene_type: str, naam: str, **gegevens) -> Betrokkene:
    if roltype.zaaktype_id != zaak.zaaktype_id:
        raise ZaakFout("Deze rol hoort niet bij het zaaktype van de zaak.")
    if betrokkene_type == BetrokkeneType.NATUURLIJK_PERSOON and not (gegevens.get("bsn") or naam):
        raise ZaakFout("Geef een BSN of een naam op.")
    betrokkene = Betrokkene(zaak=zaak, roltype=roltype, betrokkene_type=betrokkene_type, naam=naam, **gegevens)
    try:
        # zaak and roltype are instances checked above; validating them again would query both.
        betrokkene.full_clean(exclude=["zaak", "roltype"])
    except ValidationError as exc:
        raise ZaakFout(" ".join(m for msgs in exc.message_dict.values() for m in msgs)) from exc
    # Validated before the first write: inside a caller's transaction no savepoint is needed (a
    # caller may catch the ZaakFout above and carry on, e.g. the DSO intake with only the name).
    with transaction.atomic(savepoint=False):
        betrokkene.save()
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="betrokkene.toegevoegd",
            zaak=zaak,
            obj=betrokkene,
            omschrijving=f"{roltype.omschrijving} toegevoegd: {naam}.",
        )
    return betrokkene


@transaction.atomic(savepoint=False)  # raises no domain error a caller would catch
def voeg_locatie_toe(zaak, *, door, omschrijving: str, **gegevens) -> Locatie:
    locatie = Locatie.objects.create(zaak=zaak, omschrijving=omschrijving, **gegevens)
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="locatie.toegevoegd",
        zaak=zaak,
        obj=locatie,
        omschrijving=f"Locatie toegevoegd: {omschrijving}.",
    )
    return locatie

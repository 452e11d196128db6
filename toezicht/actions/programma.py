"""Toezichtprogramma: derive the year's planned visits from risk and frequency, and create
the controle zaken in bulk."""

from decimal import Decimal

from django.db import transaction

from clo.audit.log import log_gebeurtenis
from toezicht.actions.controles import start_controle
from toezicht.fouten import ToezichtFout
from toezicht.models import Aanleiding, GeplandeControle, Toezichtprogramma, VthObject
from toezicht.planning import aantal_controles, maanden


def _past_in_thema(obj: VthObject, thema) -> bool:
    if obj.risicocategorie < thema.minimale_risicocategorie:
        return False
    if not thema.activiteiten:
        return True
    eigen = {a.lower() for a in obj.activiteiten}
    return any(a.lower() in eigen for a in thema.activiteiten)


@transaction.atomic
def genereer_planning(programma: Toezichtprogramma, *, door) -> int:
    """Idempotent: existing planned visits (and those already turned into controles) stay;
    only missing ones are added. Returns the number added."""
    frequenties = {f.risicocategorie: f for f in programma.frequenties.all()}
    if not frequenties:
        raise ToezichtFout("Leg eerst de frequentie per risicocategorie vast.")
    bestaand = set(programma.geplande_controles.values_list("thema_id", "object_id", "volgnummer"))
    nieuw = []
    objecten = list(VthObject.objects.filter(organisatie=programma.organisatie, actief=True))
    for thema in programma.themas.all():
        for obj in objecten:
            freq = frequenties.get(obj.risicocategorie)
            if freq is None or not _past_in_thema(obj, thema):
                continue
            aantal = aantal_controles(freq.controles_per_jaar, obj.naleefgedrag, programma.jaar, obj.pk)
            for volgnummer, maand in enumerate(maanden(aantal, obj.pk), start=1):
                if (thema.pk, obj.pk, volgnummer) not in bestaand:
                    nieuw.append(
                        GeplandeControle(
                            programma=programma,
                            thema=thema,
                            object=obj,
                            volgnummer=volgnummer,
                            maand=maand,
                            uren=freq.uren_per_controle,
                            aangemaakt_door=door,
                        )
                    )
    GeplandeControle.objects.bulk_create(nieuw)
    log_gebeurtenis(
        organisatie=programma.organisatie,
        door=door,
        actie="toezicht.planning",
        obj=programma,
        omschrijving=f"{len(nieuw)} controles gepland in {programma}.",
    )
    return len(nieuw)


def maak_controles_aan(programma: Toezichtprogramma, *, door, tot_maand: int = 12) -> int:
    """Bulk creation of the year's controle zaken (one transaction per controle so a failure
    halfway leaves the created ones intact and a rerun continues where it stopped)."""
    aantal = 0
    open_ = programma.geplande_controles.filter(controle__isnull=True, maand__lte=tot_maand).select_related(
        "thema__checklist", "object"
    )
    for gepland in open_:
        checklist = gepland.thema.checklist
        versie = checklist.actieve_versie() if checklist else None
        if versie is None:
            raise ToezichtFout(f"Thema '{gepland.thema.naam}' heeft geen checklist met een actieve versie.")
        with transaction.atomic():
            gepland = GeplandeControle.objects.select_for_update().get(pk=gepland.pk)
            if gepland.controle_id:
                continue
            controle = start_controle(
                organisatie=programma.organisatie,
                checklistversie=versie,
                door=door,
                object=gepland.object,
                aanleiding=Aanleiding.PROGRAMMA,
                omschrijving=f"{gepland.thema.naam}: {gepland.object.naam}"[:300],
            )
            gepland.controle = controle
            gepland.save(update_fields=["controle"])
            aantal += 1
    return aantal


def benodigde_uren(programma: Toezichtprogramma) -> Decimal:
    return sum((g.uren for g in programma.geplande_controles.all()), Decimal("0"))

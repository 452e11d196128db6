"""Claim, release, assign and execute werkvoorraad tasks. Claiming is one conditional UPDATE:
of two medewerkers clicking at the same moment exactly one gets the task."""

from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from viewflow.workflow.models import Task
from viewflow.workflow.status import STATUS

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from clo.audit.log import log_gebeurtenis
from zaken.werkvoorraad import rechten
from zaken.werkvoorraad.context import als_gebruiker
from zaken.werkvoorraad.models import Notificatie, Taakkenmerk
from zaken.werkvoorraad.signals import spiegel_taak

OPEN = (STATUS.NEW, STATUS.ASSIGNED)


class TaakFout(Exception):
    """A refused task operation; the message is Dutch and shown to the user."""


def _taak(task_id: int) -> Task:
    try:
        return Task.objects.select_related("kenmerk__zaak__organisatie", "owner").get(pk=task_id)
    except (Task.DoesNotExist, Taakkenmerk.DoesNotExist) as exc:
        raise TaakFout("Deze taak bestaat niet.") from exc


def _log(task: Task, door, actie: str, omschrijving: str, reden: str = "", km=None) -> None:
    km = km or task.kenmerk
    log_gebeurtenis(
        organisatie=km.zaak.organisatie,
        door=door,
        actie=actie,
        zaak=km.zaak,
        obj=task,
        omschrijving=omschrijving,
        reden=reden,
        data={"taak": km.titel},
    )


@transaction.atomic
def pak_op(task_id: int, *, door, lidmaatschap) -> Task:
    task = _taak(task_id)
    km = task.kenmerk
    weigering = rechten.weigering_oppakken(km, door, lidmaatschap)
    if weigering:
        raise TaakFout(weigering)
    gewonnen = Task.objects.filter(pk=task.pk, status=STATUS.NEW, owner__isnull=True).update(
        owner=door, status=STATUS.ASSIGNED, assigned=timezone.now()
    )
    if not gewonnen:
        task.refresh_from_db()
        if task.owner_id == door.pk:
            raise TaakFout("U had deze taak al opgepakt.")
        if task.status == STATUS.ASSIGNED:
            raise TaakFout(f"Deze taak is net opgepakt door {task.owner}. Kies een andere taak.")
        raise TaakFout("Deze taak is niet meer open; ververs de werkvoorraad.")
    task.refresh_from_db()
    spiegel_taak(task)  # QuerySet.update() sends no post_save
    _log(task, door, "taak.opgepakt", f"Taak '{km.titel}' opgepakt door {door}.")
    zaak = km.zaak
    if zaak.behandelaar_id is None and km.rol != Rol.ADVISEUR:
        from zaken.actions import wijs_behandelaar_toe

        wijs_behandelaar_toe(zaak, door, door=door, reden="Eerste taak opgepakt")
    return task


@transaction.atomic
def geef_vrij(task_id: int, *, door, lidmaatschap, reden: str = "") -> Task:
    task = _taak(task_id)
    eigen = task.owner_id == door.pk
    if not eigen and not (
        lidmaatschap
        and rechten.VERDELEN in lidmaatschap.rechten
        and lidmaatschap.organisatie_id == task.kenmerk.organisatie_id
    ):
        raise TaakFout("Alleen wie de taak heeft opgepakt of een teamleider kan haar vrijgeven.")
    if not Task.objects.filter(pk=task.pk, status=STATUS.ASSIGNED).update(owner=None, status=STATUS.NEW, assigned=None):
        raise TaakFout("Deze taak is niet (meer) toegewezen.")
    task.refresh_from_db()
    spiegel_taak(task)
    _log(task, door, "taak.vrijgegeven", f"Taak '{task.kenmerk.titel}' teruggezet in de teamvoorraad.", reden)
    return task


@transaction.atomic
def wijs_toe(task_id: int, medewerker, *, door, lidmaatschap, reden: str) -> Task:
    """A teamleider assigns or reassigns a task; the reason is recorded."""
    task = _taak(task_id)
    km = task.kenmerk
    if not (
        lidmaatschap and rechten.VERDELEN in lidmaatschap.rechten and lidmaatschap.organisatie_id == km.organisatie_id
    ):
        raise TaakFout("Alleen een teamleider van deze organisatie kan taken toewijzen.")
    if not reden.strip():
        raise TaakFout("Geef een reden voor het toewijzen.")
    lid = Lidmaatschap.objects.actief().filter(medewerker=medewerker, organisatie_id=km.organisatie_id).first()
    weigering = rechten.weigering_oppakken(km, medewerker, lid)
    if weigering:
        raise TaakFout(f"{medewerker} kan deze taak niet krijgen: {weigering}")
    vorige = task.owner
    if not Task.objects.filter(pk=task.pk, status__in=OPEN).update(
        owner=medewerker, status=STATUS.ASSIGNED, assigned=timezone.now()
    ):
        raise TaakFout("Deze taak is niet meer open.")
    task.refresh_from_db()
    spiegel_taak(task)
    _log(
        task,
        door,
        "taak.toegewezen",
        f"Taak '{km.titel}' toegewezen aan {medewerker}" + (f" (was {vorige})." if vorige else "."),
        reden,
    )
    if medewerker.pk != door.pk:
        Notificatie.objects.create(
            ontvanger=medewerker,
            organisatie_id=km.organisatie_id,
            zaak=km.zaak,
            tekst=f"{door} heeft u de taak '{km.titel}' ({km.zaak.identificatie}) gegeven: {reden}",
        )
    return task


def voer_uit(task_id: int, *, door, uitvoeren: Callable) -> Task:
    """Run a human step: `uitvoeren(activation)` does the domain work; then the flow moves on.
    Everything happens under the flow's process lock in one transaction."""
    task = _taak(task_id)
    with als_gebruiker(door), task.activation() as activation:
        task = activation.task
        if task.status != STATUS.ASSIGNED or task.owner_id != door.pk:
            raise TaakFout("Pak de taak eerst op; alleen wie de taak heeft kan haar afronden.")
        km = Taakkenmerk.objects.get(pk=task.pk)
        if km.vier_ogen_uitgesloten_id == door.pk:
            raise TaakFout(rechten.VIER_OGEN)
        activation.start(None)
        uitvoeren(activation)
        activation.execute()
        _log(task, door, "taak.afgerond", f"Taak '{km.titel}' afgerond.", km=km)
    return task


def sluit_kenmerken(task_ids) -> None:
    Taakkenmerk.objects.filter(pk__in=task_ids, open=True).update(open=False)


def synchroniseer_deadlines(zaak) -> None:
    """Open tasks without a term of their own follow the zaak's uiterste afdoeningsdatum,
    which moves with every opschorting and verlenging."""
    from zaken.models import Zaak

    datum = Zaak.objects.filter(pk=zaak.pk).values_list("uiterste_afdoeningsdatum", flat=True).first()
    Taakkenmerk.objects.filter(zaak_id=zaak.pk, open=True, eigen_deadline=False).update(deadline=datum)

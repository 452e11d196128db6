from viewflow.workflow.status import STATUS

from zaken.werkvoorraad.models import Taakkenmerk

OPEN = {STATUS.NEW, STATUS.ASSIGNED}


def spiegel_taak(task) -> None:
    """Copy the task's status and owner onto its kenmerk; close the kenmerk once the task is
    no longer open (a closed kenmerk never reopens: sluit_kenmerken may close it early)."""
    velden = {"status": task.status, "eigenaar_id": task.owner_id}
    if task.status not in OPEN:
        velden["open"] = False
    Taakkenmerk.objects.filter(pk=task.pk).update(**velden)


def task_opgeslagen(sender, instance, created, **kwargs) -> None:
    # Viewflow saves the task on every transition; the kenmerk follows. A new task has no
    # kenmerk yet: Taak.maak_kenmerk copies the values when it creates one.
    if not created:
        spiegel_taak(instance)


def tab_context(request, zaak, lid) -> dict:
    from zaken.werkvoorraad import selectors

    return {
        "taken": list(selectors.taken_van_zaak(zaak)),
        "mag_werken": "werkvoorraad.gebruiken" in lid.rechten,
        "mag_verdelen": "werkvoorraad.verdelen" in lid.rechten,
    }

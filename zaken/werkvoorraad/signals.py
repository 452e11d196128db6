from viewflow.workflow.status import STATUS

from zaken.werkvoorraad.models import Taakkenmerk

OPEN = {STATUS.NEW, STATUS.ASSIGNED}


def task_opgeslagen(sender, instance, created, **kwargs) -> None:
    # Viewflow saves the task on every transition; the queue flag follows its status.
    if not created and instance.status not in OPEN:
        Taakkenmerk.objects.filter(pk=instance.pk, open=True).update(open=False)


def tab_context(request, zaak, lid) -> dict:
    from zaken.werkvoorraad import selectors

    return {
        "taken": list(selectors.taken_van_zaak(zaak)),
        "mag_werken": "werkvoorraad.gebruiken" in lid.rechten,
        "mag_verdelen": "werkvoorraad.verdelen" in lid.rechten,
    }

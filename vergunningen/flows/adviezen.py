"""Completing the advice step of a process from outside a task screen (registreer_advies)."""

from viewflow.workflow.status import STATUS

from zaken.actions import ZaakFout
from zaken.werkvoorraad.context import als_gebruiker


def voltooi_adviesstap(verzoek, *, door) -> None:
    from vergunningen.models import Adviesverzoek
    from zaken.werkvoorraad.models import ZaakProces

    proces = ZaakProces.objects.filter(zaak_id=verzoek.zaak_id).first()
    if proces is None:
        return
    flow = proces.flow_class
    with als_gebruiker(door):
        if verzoek.soort == Adviesverzoek.Soort.EXTERN:
            nog_open = Adviesverzoek.objects.filter(
                zaak_id=verzoek.zaak_id, soort=Adviesverzoek.Soort.EXTERN, status=Adviesverzoek.Status.GEVRAAGD
            ).exists()
            task = proces.task_set.filter(flow_task=flow.advies_extern_ontvangen, status=STATUS.NEW).first()
            if task is not None and not nog_open:
                flow.advies_extern_ontvangen.run(task)
            return
        task = verzoek.task
        if task is None or task.status not in (STATUS.NEW, STATUS.ASSIGNED):
            raise ZaakFout("De adviesstap van dit verzoek is niet meer open.")
        with task.activation() as activation:
            if activation.task.status == STATUS.NEW:
                activation.assign(door)
            activation.start(None)
            activation.execute()

"""Sending the beschikking runs in Celery; afterwards the flow resumes at its Handle node."""

import logging

from viewflow.workflow.status import STATUS

from vergunningen import brieven, tijd

logger = logging.getLogger(__name__)

BRIEF_PER_UITKOMST = {
    "verleend": "beschikking_verleend",
    "deels_verleend": "beschikking_verleend",
    "geweigerd": "beschikking_geweigerd",
}


def hervat_na_verzending(proces_id: int) -> None:
    from zaken.werkvoorraad.models import ZaakProces

    proces = ZaakProces.objects.select_related("zaak__organisatie").filter(pk=proces_id).first()
    if proces is None:
        return
    flow = proces.flow_class
    task = proces.task_set.filter(flow_task=flow.verzonden, status=STATUS.NEW).first()
    if task is None:
        return  # already done (redelivered task) or the process was cancelled
    uitkomst = proces.data.get("concept", {}).get("uitkomst", "verleend")
    code = BRIEF_PER_UITKOMST.get(uitkomst, "beschikking_verleend")
    # The letter is made synchronously here: this already runs in the worker.
    brieven.maak_en_verstuur(proces.zaak, code, door=None)
    flow.verzonden.run(task, verzonden_op=tijd.vandaag())

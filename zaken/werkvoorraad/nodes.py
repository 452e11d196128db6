"""`Taak`: a viewflow View node for a human step that appears in the werkvoorraad.

Each Taak names the role that may pick it up (optionally a team), its deadline (a callable
over the activation; default the zaak's uiterste afdoeningsdatum) and the screen that
performs it (`scherm`, see zaken.werkvoorraad.schermen). Flows are executed through our own
views, not viewflow's frontend, so the viewflow view argument is the screen class.
"""

from viewflow import this
from viewflow.workflow import flow
from viewflow.workflow.nodes.view import ViewActivation


class TaakActivation(ViewActivation):
    @classmethod
    def create(cls, flow_task, prev_activation, token, data=None, seed=None):
        activation = super().create(flow_task, prev_activation, token, data=data, seed=seed)
        flow_task.maak_kenmerk(activation)
        return activation


class Taak(flow.View):
    activation_class = TaakActivation

    def __init__(
        self,
        scherm,
        *,
        titel: str,
        rol: str,
        team: str = "",
        deadline=None,
        bij_aanmaken=None,
        vier_ogen=None,
        **kwargs,
    ):
        super().__init__(scherm, **kwargs)
        self.task_title = titel
        self.rol = rol
        self.team = team
        self._deadline = deadline
        self._bij_aanmaken = bij_aanmaken
        self._vier_ogen = vier_ogen

    def _resolve(self, instance):
        super()._resolve(instance)
        self._deadline = this.resolve(instance, self._deadline)
        self._bij_aanmaken = this.resolve(instance, self._bij_aanmaken)
        self._vier_ogen = this.resolve(instance, self._vier_ogen)

    @property
    def scherm(self):
        return self._view

    def maak_kenmerk(self, activation) -> None:
        from zaken.werkvoorraad.models import Taakkenmerk

        zaak = activation.process.zaak
        eigen = self._deadline(activation) if self._deadline else None
        Taakkenmerk.objects.create(
            task=activation.task,
            organisatie_id=zaak.organisatie_id,
            zaak=zaak,
            rol=self.rol,
            team=self.team,
            titel=str(self.task_title),
            deadline=eigen or zaak.uiterste_afdoeningsdatum,
            eigen_deadline=eigen is not None,
            vier_ogen_uitgesloten=self._vier_ogen(activation) if self._vier_ogen else None,
            open=True,
            status=activation.task.status,
            eigenaar_id=activation.task.owner_id,
        )
        if self._bij_aanmaken:
            self._bij_aanmaken(activation)

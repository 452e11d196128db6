from viewflow import this
from viewflow.workflow import flow, lock

from clo.accounts.rollen import Rol
from vergunningen import actions, tijd
from vergunningen.flows.base import ZaakFlowMixin, zaak_van
from vergunningen.stappen import melding
from zaken.werkvoorraad.context import actor
from zaken.werkvoorraad.models import ZaakProces
from zaken.werkvoorraad.nodes import Taak

VV = Rol.VERGUNNINGVERLENER


class MeldingFlow(ZaakFlowMixin, flow.Flow):
    """Melding of informatie behandelen

    Beoordelen, zo nodig aanvulling, afhandelen met kennisgeving (geen besluit).
    """

    process_class = ZaakProces
    lock_impl = lock.select_for_update_lock

    start = flow.StartHandle(this.start_proces).Next(this.beoordelen)
    beoordelen = (
        Taak(melding.MeldingBeoordelen, titel="Melding beoordelen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.is_akkoord)
    )
    is_akkoord = flow.If(this.aanvraag_compleet).Then(this.afhandelen).Else(this.aanvulling)
    aanvulling = (
        Taak(
            melding.MeldingAanvulling, titel="Aanvulling melding registreren", rol=VV, deadline=this.aanvullingstermijn
        )
        .Assign(this.behandelaar)
        .Next(this.is_aangevuld)
    )
    is_aangevuld = flow.If(this.aanvulling_ontvangen).Then(this.beoordelen).Else(this.afbreken)
    afbreken = flow.Function(this.breek_af).Next(this.einde)
    afhandelen = (
        Taak(melding.MeldingAfhandelen, titel="Melding afhandelen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.afsluiten)
    )
    afsluiten = flow.Function(this.sluit_af).Next(this.einde)
    einde = flow.End()

    def breek_af(self, activation):
        zaak = zaak_van(activation)
        actions.sluit_zaak(
            zaak,
            actions.resultaattype(zaak, "afgebroken"),
            door=actor(),
            toelichting="Melding niet aangevuld",
            einddatum=tijd.vandaag(),
        )

from viewflow import this
from viewflow.workflow import flow, lock

from clo.accounts.rollen import Rol
from vergunningen.flows import knopen
from vergunningen.flows.base import ZaakFlowMixin
from vergunningen.stappen import besluit
from zaken.werkvoorraad.models import ZaakProces
from zaken.werkvoorraad.nodes import Taak

VV = Rol.VERGUNNINGVERLENER


class AanvraagRegulierFlow(ZaakFlowMixin, flow.Flow):
    """Aanvraag omgevingsvergunning (regulier)

    Ontvangst, ontvankelijkheid met aanvulling, adviezen parallel aan de beoordeling,
    conceptbesluit, collegiale toets, besluit, verzending en afsluiting (Ow 16.64).
    """

    process_class = ZaakProces
    lock_impl = lock.select_for_update_lock

    start = flow.StartHandle(this.start_proces).Next(this.ontvangstbevestiging)
    ontvangstbevestiging = flow.Function(this.bevestig_ontvangst).Next(this.ontvankelijkheid)
    ontvankelijkheid = knopen.ontvankelijkheid()
    is_compleet = knopen.is_compleet()
    aanvulling = knopen.aanvulling()
    is_aangevuld = knopen.is_aangevuld()
    buiten_behandeling = flow.Function(this.stel_buiten_behandeling).Next(this.einde)

    adviezen_uitzetten = knopen.adviezen_uitzetten()
    adviesronde = knopen.adviesronde()
    beoordelen = knopen.beoordelen()
    advies_ro_geven = knopen.adviestaak("RO", "RO")
    advies_jz_geven = knopen.adviestaak("JZ", "JZ")
    advies_welstand_geven = knopen.adviestaak("Welstand", "welstand")
    advies_extern_ontvangen = flow.Handle().Next(this.adviezen_binnen)
    adviezen_binnen = flow.Join().Next(this.conceptbesluit)

    conceptbesluit = (
        Taak(besluit.Conceptbesluit, titel="Conceptbesluit opstellen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.collegiale_toets)
    )
    collegiale_toets = Taak(
        besluit.CollegialeToets, titel="Collegiale toets", rol=VV, vier_ogen=this.conceptauteur
    ).Next(this.is_akkoord)
    is_akkoord = flow.If(this.toets_akkoord).Then(this.besluit_vastleggen).Else(this.conceptbesluit)
    besluit_vastleggen = (
        Taak(besluit.BesluitVastleggen, titel="Besluit vastleggen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.verzenden)
    )
    verzenden = flow.Function(this.start_verzending).Next(this.verzonden)
    verzonden = flow.Handle(this.verzending_gereed).Next(this.afsluiten)
    afsluiten = flow.Function(this.sluit_af).Next(this.einde)
    einde = flow.End()

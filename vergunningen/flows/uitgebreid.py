from viewflow import this
from viewflow.workflow import flow, lock

from clo.accounts.rollen import Rol
from vergunningen.flows import knopen
from vergunningen.flows.base import ZaakFlowMixin
from vergunningen.stappen import besluit, uitgebreid
from zaken.werkvoorraad.models import ZaakProces
from zaken.werkvoorraad.nodes import Taak

VV = Rol.VERGUNNINGVERLENER


class AanvraagUitgebreidFlow(ZaakFlowMixin, flow.Flow):
    """Aanvraag omgevingsvergunning (uitgebreid)

    Als regulier, met ontwerpbesluit, terinzagelegging en zienswijzen (afd. 3.4 Awb).
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
    adviezen_binnen = flow.Join().Next(this.ontwerpbesluit)

    ontwerpbesluit = (
        Taak(uitgebreid.Ontwerpbesluit, titel="Ontwerpbesluit opstellen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.terinzagelegging)
    )
    terinzagelegging = (
        Taak(uitgebreid.Terinzagelegging, titel="Ontwerp ter inzage leggen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.zienswijzen_registreren)
    )
    zienswijzen_registreren = (
        Taak(
            uitgebreid.ZienswijzenRegistreren, titel="Zienswijzen registreren", rol=VV, deadline=this.zienswijzetermijn
        )
        .Assign(this.behandelaar)
        .Next(this.zienswijzen_verwerken)
    )
    zienswijzen_verwerken = (
        Taak(uitgebreid.ZienswijzenVerwerken, titel="Zienswijzen verwerken", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.conceptbesluit)
    )

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

    def zienswijzetermijn(self, activation):
        from vergunningen.flows.base import tijd_of_none

        return tijd_of_none(activation.process.data.get("zienswijzen_tot"))

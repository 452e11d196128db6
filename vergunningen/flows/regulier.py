from viewflow import this
from viewflow.workflow import flow, lock

from clo.accounts.rollen import Rol
from vergunningen.flows.base import ZaakFlowMixin
from vergunningen.stappen import advies, besluit
from vergunningen.stappen import ontvankelijkheid as ontv
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
    ontvankelijkheid = (
        Taak(ontv.Ontvankelijkheid, titel="Ontvankelijkheid beoordelen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.is_compleet)
    )
    is_compleet = flow.If(this.aanvraag_compleet).Then(this.adviezen_uitzetten).Else(this.aanvulling)
    aanvulling = (
        Taak(ontv.AanvullingRegistreren, titel="Aanvulling registreren", rol=VV, deadline=this.aanvullingstermijn)
        .Assign(this.behandelaar)
        .Next(this.is_aangevuld)
    )
    is_aangevuld = flow.If(this.aanvulling_ontvangen).Then(this.ontvankelijkheid).Else(this.buiten_behandeling)
    buiten_behandeling = flow.Function(this.stel_buiten_behandeling).Next(this.einde)

    adviezen_uitzetten = (
        Taak(advies.AdviezenUitzetten, titel="Adviezen uitzetten", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.adviesronde)
    )
    adviesronde = (
        flow.Split()
        .Always(this.beoordelen)
        .Next(this.advies_ro_geven, case=this.advies_ro)
        .Next(this.advies_jz_geven, case=this.advies_jz)
        .Next(this.advies_welstand_geven, case=this.advies_welstand)
        .Next(this.advies_extern_ontvangen, case=this.advies_extern)
    )
    beoordelen = (
        Taak(advies.Beoordelen, titel="Inhoudelijk beoordelen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.adviezen_binnen)
    )
    advies_ro_geven = Taak(
        advies.AdviesGeven,
        titel="Advies geven (RO)",
        rol=Rol.ADVISEUR,
        team="RO",
        deadline=this.adviesdeadline,
        bij_aanmaken=this.koppel_advies,
    ).Next(this.adviezen_binnen)
    advies_jz_geven = Taak(
        advies.AdviesGeven,
        titel="Advies geven (JZ)",
        rol=Rol.ADVISEUR,
        team="JZ",
        deadline=this.adviesdeadline,
        bij_aanmaken=this.koppel_advies,
    ).Next(this.adviezen_binnen)
    advies_welstand_geven = Taak(
        advies.AdviesGeven,
        titel="Advies geven (welstand)",
        rol=Rol.ADVISEUR,
        team="Welstand",
        deadline=this.adviesdeadline,
        bij_aanmaken=this.koppel_advies,
    ).Next(this.adviezen_binnen)
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

"""Nodes that the regulier and uitgebreid flows share. Each call returns a fresh node (a node
belongs to one flow class); `this.…` references resolve in the flow that uses the node, so
both flows must define the methods and successor nodes named here."""

from viewflow import this
from viewflow.workflow import flow

from clo.accounts.rollen import Rol
from vergunningen.stappen import advies
from vergunningen.stappen import ontvankelijkheid as ontv
from zaken.werkvoorraad.nodes import Taak

VV = Rol.VERGUNNINGVERLENER


def ontvankelijkheid():
    return (
        Taak(ontv.Ontvankelijkheid, titel="Ontvankelijkheid beoordelen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.is_compleet)
    )


def is_compleet():
    return flow.If(this.aanvraag_compleet).Then(this.adviezen_uitzetten).Else(this.aanvulling)


def aanvulling():
    return (
        Taak(ontv.AanvullingRegistreren, titel="Aanvulling registreren", rol=VV, deadline=this.aanvullingstermijn)
        .Assign(this.behandelaar)
        .Next(this.is_aangevuld)
    )


def is_aangevuld():
    return flow.If(this.aanvulling_ontvangen).Then(this.ontvankelijkheid).Else(this.buiten_behandeling)


def adviezen_uitzetten():
    return (
        Taak(advies.AdviezenUitzetten, titel="Adviezen uitzetten", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.adviesronde)
    )


def adviesronde():
    return (
        flow.Split()
        .Always(this.beoordelen)
        .Next(this.advies_ro_geven, case=this.advies_ro)
        .Next(this.advies_jz_geven, case=this.advies_jz)
        .Next(this.advies_welstand_geven, case=this.advies_welstand)
        .Next(this.advies_extern_ontvangen, case=this.advies_extern)
    )


def beoordelen():
    return (
        Taak(advies.Beoordelen, titel="Inhoudelijk beoordelen", rol=VV)
        .Assign(this.behandelaar)
        .Next(this.adviezen_binnen)
    )


def adviestaak(team: str, label: str):
    """An internal advice task for the adviseurs of `team`, with the advice deadline."""
    return Taak(
        advies.AdviesGeven,
        titel=f"Advies geven ({label})",
        rol=Rol.ADVISEUR,
        team=team,
        deadline=this.adviesdeadline,
        bij_aanmaken=this.koppel_advies,
    ).Next(this.adviezen_binnen)

"""Mapping of the verzoekXML root to a Verzoek."""

from __future__ import annotations

from .fouten import OnvolledigBericht, Validatiefout
from .lezer import NS_IMAM, NS_VX, Element, Lezer, kind, kinderen
from .map_activiteit import map_projectactiviteiten, map_verzoekbijlagen
from .map_betrokkene import map_contactpersoon, map_partij
from .map_locatie import map_projectlocaties
from .model import Doel, Instantie, Participatie, Project, Stuurgegevens, Verzoek
from .model_betrokkene import Rol


def _stuurgegevens(lz: Lezer, el: Element | None) -> Stuurgegevens:
    zender, ontvanger = kind(el, NS_IMAM, "zender"), kind(el, NS_IMAM, "ontvanger")
    return Stuurgegevens(
        zender_organisatie=lz.tekst(zender, NS_IMAM, "organisatie"),
        zender_applicatie=lz.tekst(zender, NS_IMAM, "applicatie"),
        ontvanger_organisatie=lz.tekst(ontvanger, NS_IMAM, "organisatie"),
        ontvanger_applicatie=lz.tekst(ontvanger, NS_IMAM, "applicatie"),
        referentienummer=lz.tekst(el, NS_IMAM, "referentienummer"),
        tijdstip_bericht=lz.datumtijd(el, NS_IMAM, "tijdstipBericht"),
    )


def _instantie(lz: Lezer, el: Element | None) -> Instantie | None:
    if el is None:
        return None
    tijdvak = kind(el, NS_VX, "tijdvakGeldigheid")
    return Instantie(
        naam=lz.tekst(el, NS_VX, "naam"),
        oin=lz.tekst(el, NS_VX, "oin"),
        begin_geldigheid=lz.datumtijd(tijdvak, NS_VX, "beginGeldigheid"),
        eind_geldigheid=lz.datumtijd(tijdvak, NS_VX, "eindGeldigheid"),
    )


def _historie(lz: Lezer, el: Element | None, naam: str) -> tuple[Instantie, ...]:
    instanties = (_instantie(lz, i) for i in kinderen(el, NS_VX, naam))
    return tuple(i for i in instanties if i is not None)


def _project(lz: Lezer, el: Element | None) -> Project:
    omschrijving = kind(el, NS_VX, "omschrijving")
    publiceerbaar = omschrijving.get("publiceerbaar") if omschrijving is not None else None
    return Project(
        naam=lz.tekst(el, NS_VX, "naam"),
        omschrijving=lz.tekst(el, NS_VX, "omschrijving"),
        project_id=lz.tekst(el, NS_VX, "projectId"),
        omschrijving_publiceerbaar={"true": True, "1": True, "false": False, "0": False}.get(
            (publiceerbaar or "").strip()
        ),
    )


def _participatie(lz: Lezer, el: Element | None) -> Participatie | None:
    if el is None:
        return None
    return Participatie(
        geparticipeerd=lz.boolean(el, NS_VX, "geparticipeerd"),
        wijze=lz.tekst(el, NS_VX, "participatieWijze"),
        resultaat=lz.tekst(el, NS_VX, "participatieResultaat"),
    )


def _doel(waarde: str | None) -> Doel | None:
    try:
        return Doel(waarde) if waarde else None
    except ValueError:
        return None


def map_verzoekbericht(root: Element, lz: Lezer, validatiefouten: list[Validatiefout]) -> Verzoek:
    """Map the message; raise OnvolledigBericht if it cannot be routed to a zaak."""
    verzoek = kind(root, NS_IMAM, "verzoek")
    verzoeknummer = lz.tekst(verzoek, NS_VX, "verzoeknummer")
    doel = _doel(lz.tekst(verzoek, NS_VX, "doel"))
    bevoegd_gezag = _instantie(lz, kind(verzoek, NS_VX, "bevoegdGezag"))
    ontbrekend = [
        naam
        for naam, ok in (
            ("verzoeknummer", verzoeknummer),
            ("doel", doel),
            ("OIN bevoegd gezag", bevoegd_gezag and bevoegd_gezag.oin),
        )
        if not ok
    ]
    if ontbrekend or verzoeknummer is None or doel is None or bevoegd_gezag is None:
        raise OnvolledigBericht(
            f"verplichte velden ontbreken of zijn ongeldig: {', '.join(ontbrekend)}",
            ontbrekend=tuple(ontbrekend),
            validatiefouten=tuple(validatiefouten + lz.waarschuwingen),
        )
    return Verzoek(
        verzoeknummer=verzoeknummer,
        volgnummer=lz.tekst(verzoek, NS_VX, "volgnummer"),
        doel=doel,
        bevoegd_gezag=bevoegd_gezag,
        type_verzoek=lz.tekst(verzoek, NS_VX, "type"),
        naam=lz.tekst(verzoek, NS_VX, "naam"),
        indieningsdatum=lz.datumtijd(verzoek, NS_VX, "indienDatum"),
        akkoordverklaring=lz.boolean(verzoek, NS_VX, "akkoordverklaring"),
        ambtshalve=lz.boolean(verzoek, NS_VX, "ambtshalve"),
        referentie_aanvrager=lz.tekst(verzoek, NS_VX, "referentieAanvrager"),
        toelichting_verzoek=lz.tekst(verzoek, NS_VX, "toelichtingVerzoek"),
        toelichting_later_aan_te_leveren=lz.tekst(
            verzoek, NS_VX, "toelichtingLaterAanTeLeverenInformatie"
        ),
        toelichting_niet_aan_te_leveren=lz.tekst(
            verzoek, NS_VX, "toelichtingNietAanTeLeverenInformatie"
        ),
        project=_project(lz, kind(verzoek, NS_VX, "project")),
        bevoegd_gezag_historie=_historie(
            lz, kind(verzoek, NS_VX, "bevoegdGezagHistorie"), "bevoegdGezag"
        ),
        uitvoerende_instantie=_instantie(lz, kind(verzoek, NS_VX, "uitvoerendeInstantie")),
        uitvoerende_instantie_historie=_historie(
            lz, kind(verzoek, NS_VX, "uitvoerendeInstantieHistorie"), "uitvoerendeInstantie"
        ),
        contactpersoon=map_contactpersoon(lz, kind(verzoek, NS_VX, "contactpersoon")),
        gemachtigde=map_partij(lz, kind(verzoek, NS_VX, "gemachtigde"), Rol.GEMACHTIGDE),
        initiatiefnemer=map_partij(
            lz, kind(verzoek, NS_VX, "initiatiefnemer"), Rol.INITIATIEFNEMER
        ),
        projectlocaties=map_projectlocaties(lz, kind(verzoek, NS_VX, "projectlocaties")),
        projectactiviteiten=map_projectactiviteiten(
            lz, kind(verzoek, NS_VX, "projectactiviteiten")
        ),
        participatie=_participatie(lz, kind(verzoek, NS_VX, "participatie")),
        verzoekbijlagen=map_verzoekbijlagen(lz, verzoek),
        stuurgegevens=_stuurgegevens(lz, kind(root, NS_IMAM, "stuurgegevens")),
    )

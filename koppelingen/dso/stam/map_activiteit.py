"""Mapping of projectactiviteiten, specificaties, gevraagde bijlagen and verzoekbijlagen."""

from __future__ import annotations

from .lezer import NS_VX, Element, Lezer, kind, kinderen
from .model_activiteit import (
    Document,
    GevraagdeBijlage,
    OnderliggendeActiviteit,
    Projectactiviteit,
    Specificatie,
    Verzoekbijlage,
)


def _document(lz: Lezer, el: Element) -> Document | None:
    document_id = lz.tekst(el, NS_VX, "documentId")
    if document_id is None:
        # Without an id the file cannot be fetched from DSO-LV; keeping it would mislead.
        lz.waarschuw(el, "document zonder documentId; overgeslagen")
        return None
    return Document(
        document_id=document_id,
        bestandsnaam=lz.tekst(el, NS_VX, "bestandsnaam"),
        vertrouwelijk=lz.boolean(el, NS_VX, "vertrouwelijk"),
    )


def map_gevraagde_bijlage(lz: Lezer, el: Element | None) -> GevraagdeBijlage | None:
    if el is None:
        return None
    documenten = [
        _document(lz, d) for d in kinderen(kind(el, NS_VX, "documenten"), NS_VX, "document")
    ]
    return GevraagdeBijlage(
        documentsoort_dso=lz.tekst(el, NS_VX, "documentsoortDSO"),
        documenttype_generiek=lz.tekst(el, NS_VX, "documenttypeGeneriek"),
        potentieel_vertrouwelijk=lz.boolean(el, NS_VX, "potentieelVertrouwelijk"),
        # xs:string in the XSD, but DSO-LV writes true/false
        verplicht=lz.boolean(el, NS_VX, "verplicht"),
        documenten=tuple(d for d in documenten if d is not None),
    )


def _specificatie(lz: Lezer, el: Element) -> Specificatie:
    return Specificatie(
        vraag_id=lz.tekst(el, NS_VX, "vraagId"),
        vraagtekst=lz.tekst(el, NS_VX, "vraagtekst"),
        antwoord=lz.tekst(el, NS_VX, "antwoord"),
        oorspronkelijk_antwoord=lz.tekst(el, NS_VX, "oorspronkelijkAntwoord"),
        vraagclassificatie=lz.tekst(el, NS_VX, "vraagclassificatie"),
        vraagreferentie=lz.tekst(el, NS_VX, "vraagreferentie"),
        groepering=lz.tekst(el, NS_VX, "groepering"),
        publiceerbaar=lz.boolean(el, NS_VX, "publiceerbaar"),
        gevraagde_bijlage=map_gevraagde_bijlage(lz, kind(el, NS_VX, "gevraagdeBijlage")),
    )


def _onderliggende(lz: Lezer, el: Element | None) -> OnderliggendeActiviteit | None:
    if el is None:
        return None
    return OnderliggendeActiviteit(
        activiteit_id=lz.tekst(el, NS_VX, "activiteitId"),
        imow_id=lz.tekst(el, NS_VX, "imowId"),
        naam=lz.tekst(el, NS_VX, "activiteitnaam"),
    )


def _projectactiviteit(lz: Lezer, el: Element) -> Projectactiviteit:
    specificaties = kinderen(kind(el, NS_VX, "specificaties"), NS_VX, "specificatie")
    return Projectactiviteit(
        activiteit_id=lz.tekst(el, NS_VX, "activiteitId"),
        imow_id=lz.tekst(el, NS_VX, "imowId"),
        naam=lz.tekst(el, NS_VX, "activiteitnaam"),
        volgnummer=lz.tekst(el, NS_VX, "volgnummer"),
        specificaties=tuple(_specificatie(lz, s) for s in specificaties),
        onderliggende_activiteit=_onderliggende(lz, kind(el, NS_VX, "onderliggendeActiviteit")),
    )


def map_projectactiviteiten(lz: Lezer, el: Element | None) -> tuple[Projectactiviteit, ...]:
    return tuple(_projectactiviteit(lz, a) for a in kinderen(el, NS_VX, "projectactiviteit"))


def map_verzoekbijlagen(lz: Lezer, verzoek: Element) -> tuple[Verzoekbijlage, ...]:
    resultaat = []
    for el in kinderen(verzoek, NS_VX, "verzoekBijlage"):
        bijlage = map_gevraagde_bijlage(lz, kind(el, NS_VX, "gevraagdeBijlage"))
        if bijlage is None:
            lz.waarschuw(el, "verzoekBijlage zonder gevraagdeBijlage; overgeslagen")
            continue
        resultaat.append(Verzoekbijlage(lz.tekst(el, NS_VX, "vraagreferentie"), bijlage))
    return tuple(resultaat)

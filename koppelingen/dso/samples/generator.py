"""Generator of schema-valid STAM 4.0 verzoekberichten for CLO's tenants.

The message structure is derived from DSO's example shared/specs/dso/stam/verzoekbericht_4_0_0.xml
("Voorbeeldbestand verzoekbericht conform STAM 4.0", DSO-LV); the content is fictitious.

    maak_verzoek_xml(seed=7)                       # varied location/activity/person per seed
    maak_verzoek_xml(seed=7, doel="Aanvullen", volgnummer="001")
    maak_verzoek_xml(verzoeknummer=None)           # None omits a scalar element (invalid message)
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from lxml import etree

from . import bouwstenen as b
from .activiteiten import activiteit_voor_seed
from .bouwstenen import NS_IMAM, NS_VX, sub
from .gegevens import BEVOEGDE_GEZAGEN, LOCATIES
from .partijen import PERSONEN

ATTRIBUTIE = (
    " Synthetic CLO sample verzoekbericht (STAM 4.0). Structure derived from DSO's example "
    "shared/specs/dso/stam/verzoekbericht_4_0_0.xml (DSO-LV, 'Voorbeeldbestand verzoekbericht "
    "conform STAM 4.0'); persons, companies and addresses are fictitious test data. "
)
_PROJECT_NS = uuid.UUID("6f1c52d4-8f0e-4b7a-9a55-2b1f4c7d9e10")


def standaard_gegevens(seed: int = 0) -> dict:
    """Defaults for one message; `seed` varies location, activity, person and numbers."""
    sleutels = sorted(LOCATIES)
    locatie = LOCATIES[sleutels[seed % len(sleutels)]]
    gemeente = locatie["gemeente"]
    activiteit = activiteit_voor_seed(seed // len(sleutels) + seed, gemeente)
    personen = sorted(PERSONEN)
    indiening = datetime(2026, 11, 2, 9, 0, 0, 125000) + timedelta(minutes=7 * seed)
    verzoeknummer = f"{indiening:%Y%m%d}{seed % 100000:05d}"
    plaats = locatie.get("woonplaats") or "buitengebied"
    return {
        "verzoeknummer": verzoeknummer,
        "volgnummer": "000",
        "doel": "Initieren",
        "type_verzoek": activiteit["type"],
        "indieningsdatum": indiening,
        "tijdstip_bericht": indiening + timedelta(minutes=2, seconds=13),
        "naam": f"{activiteit['naam']} {plaats}",
        "akkoordverklaring": True,
        "ambtshalve": False,
        "referentie_aanvrager": None,
        "toelichting": None,
        "toelichting_later": None,
        "toelichting_niet": None,
        "project_omschrijving": f"{activiteit['naam']} op een locatie in {plaats}",
        "project_id": f"{uuid.uuid5(_PROJECT_NS, verzoeknummer)}-0",
        "bevoegd_gezag": gemeente,
        "uitvoerende_instantie": None,
        "contactpersoon": None,
        "gemachtigde": None,
        "initiatiefnemer": PERSONEN[personen[seed % len(personen)]],
        "locaties": [locatie],
        "activiteiten": [activiteit],
        "participatie": None,
        "verzoekbijlagen": [],
    }


def _xs_datetime(waarde: datetime | str) -> str:
    return waarde if isinstance(waarde, str) else waarde.isoformat()


def _instantie(verzoek: etree._Element, naam: str, instantie: dict, sinds: datetime | str) -> None:
    el = sub(verzoek, NS_VX, naam)
    sub(el, NS_VX, "naam", instantie["naam"])
    sub(el, NS_VX, "oin", instantie["oin"])
    sub(sub(el, NS_VX, "tijdvakGeldigheid"), NS_VX, "beginGeldigheid", _xs_datetime(sinds))


def _scalair(verzoek: etree._Element, g: dict, sleutel: str, naam: str, **attrs: str) -> None:
    if g[sleutel] is not None:
        waarde = g[sleutel]
        sub(
            verzoek,
            NS_VX,
            naam,
            _xs_datetime(waarde) if isinstance(waarde, datetime) else waarde,
            **attrs,
        )


def _verzoek(root: etree._Element, g: dict) -> None:
    v = sub(root, NS_IMAM, "verzoek")
    _scalair(v, g, "akkoordverklaring", "akkoordverklaring")
    _scalair(v, g, "ambtshalve", "ambtshalve")
    _scalair(v, g, "doel", "doel")
    _scalair(v, g, "indieningsdatum", "indienDatum")
    _scalair(v, g, "naam", "naam", publiceerbaar="true")
    _scalair(v, g, "referentie_aanvrager", "referentieAanvrager", publiceerbaar="false")
    _scalair(
        v, g, "toelichting_later", "toelichtingLaterAanTeLeverenInformatie", publiceerbaar="false"
    )
    _scalair(
        v, g, "toelichting_niet", "toelichtingNietAanTeLeverenInformatie", publiceerbaar="false"
    )
    _scalair(v, g, "toelichting", "toelichtingVerzoek", publiceerbaar="false")
    _scalair(v, g, "type_verzoek", "type")
    _scalair(v, g, "verzoeknummer", "verzoeknummer")
    _scalair(v, g, "volgnummer", "volgnummer")
    project = sub(v, NS_VX, "project")
    sub(project, NS_VX, "naam", g["naam"], publiceerbaar="true")
    sub(project, NS_VX, "omschrijving", g["project_omschrijving"], publiceerbaar="true")
    sub(project, NS_VX, "projectId", g["project_id"])
    gezag = g["bevoegd_gezag"]
    gezag = BEVOEGDE_GEZAGEN[gezag] if isinstance(gezag, str) else gezag
    if gezag is not None:
        _instantie(v, "bevoegdGezag", gezag, g["indieningsdatum"] or g["tijdstip_bericht"])
    if g["uitvoerende_instantie"]:
        _instantie(v, "uitvoerendeInstantie", g["uitvoerende_instantie"], g["indieningsdatum"])
    if g["contactpersoon"]:
        b.contactpersoon(v, g["contactpersoon"])
    if g["gemachtigde"]:
        b.partij(v, "gemachtigde", g["gemachtigde"])
    b.partij(v, "initiatiefnemer", g["initiatiefnemer"])
    locaties = sub(v, NS_VX, "projectlocaties")
    for locatie in g["locaties"]:
        b.projectlocatie(locaties, locatie)
    activiteiten = sub(v, NS_VX, "projectactiviteiten")
    for nummer, activiteit in enumerate(g["activiteiten"], start=1):
        b.projectactiviteit(activiteiten, activiteit, nummer, g["verzoeknummer"] or "")
    if g["participatie"]:
        p = sub(v, NS_VX, "participatie")
        sub(p, NS_VX, "geparticipeerd", g["participatie"]["geparticipeerd"], publiceerbaar="true")
        for sleutel, naam in (
            ("wijze", "participatieWijze"),
            ("resultaat", "participatieResultaat"),
        ):
            if g["participatie"].get(sleutel):
                sub(p, NS_VX, naam, g["participatie"][sleutel], publiceerbaar="false")
    for bijlage in g["verzoekbijlagen"]:
        el = sub(v, NS_VX, "verzoekBijlage")
        if bijlage.get("vraagreferentie"):
            sub(el, NS_VX, "vraagreferentie", bijlage["vraagreferentie"])
        b.gevraagde_bijlage(el, bijlage, g["verzoeknummer"] or "")


def maak_verzoek_xml(**overrides: object) -> bytes:
    """A STAM 4.0 verzoekbericht as UTF-8 bytes; keys as in `standaard_gegevens` plus `seed`."""
    seed = overrides.pop("seed", 0)
    if not isinstance(seed, int):
        raise TypeError("seed moet een int zijn")
    gegevens = standaard_gegevens(seed)
    if onbekend := set(overrides) - set(gegevens):
        raise TypeError(f"onbekende velden: {', '.join(sorted(onbekend))}")
    gegevens.update(overrides)

    root = etree.Element(f"{{{NS_IMAM}}}verzoekXML", nsmap=b.NSMAP, version="4.0.0")
    stuur = sub(root, NS_IMAM, "stuurgegevens")
    zender = sub(stuur, NS_IMAM, "zender")
    sub(zender, NS_IMAM, "organisatie", "DSO")
    sub(zender, NS_IMAM, "applicatie", "DSO-LV")
    sub(stuur, NS_IMAM, "tijdstipBericht", _xs_datetime(gegevens["tijdstip_bericht"]))
    _verzoek(root, gegevens)
    root.addprevious(etree.Comment(ATTRIBUTIE))
    return etree.tostring(
        root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True
    )

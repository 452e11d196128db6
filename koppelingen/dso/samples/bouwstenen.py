"""XML building blocks for STAM 4.0 sample messages, in the element order of the XSDs."""

from __future__ import annotations

import hashlib

from lxml import etree

NS_IMAM = "http://www.omgevingswet.nl/koppelvlak/stam-v4/IMAM"
NS_VX = "http://www.omgevingswet.nl/koppelvlak/stam-v4/verzoek"
NS_IC = "http://www.omgevingswet.nl/koppelvlak/stam-v4/common"
NS_GML = "http://www.opengis.net/gml"
NSMAP = {None: NS_IMAM, "vx": NS_VX, "gml": NS_GML, "ic": NS_IC}
SRS = {"ETRS89": "urn:ogc:def:crs:EPSG::4258", "RD": "urn:ogc:def:crs:EPSG::28992"}


def sub(ouder: etree._Element, ns: str, naam: str, waarde: object = None, **attrs: str):
    el = etree.SubElement(ouder, f"{{{ns}}}{naam}", {k: v for k, v in attrs.items() if v})
    if waarde is not None:
        el.text = str(waarde).lower() if isinstance(waarde, bool) else str(waarde)
    return el


def document_id(verzoeknummer: str, bestandsnaam: str) -> str:
    """Stable 64-hex id, shaped like DSO-LV's document ids."""
    return hashlib.sha256(f"{verzoeknummer}/{bestandsnaam}".encode()).hexdigest()


def binnenlands_adres(ouder: etree._Element, naam: str, adres: dict, ns: str = NS_VX) -> None:
    el = sub(ouder, ns, naam)
    if adres.get("huisletter"):
        sub(el, NS_IC, "huisletter", adres["huisletter"], publiceerbaar="false")
    sub(el, NS_IC, "huisnummer", adres["huisnummer"], publiceerbaar="false")
    if adres.get("toevoeging"):
        sub(el, NS_IC, "huisnummertoevoeging", adres["toevoeging"], publiceerbaar="false")
    sub(el, NS_IC, "postcode", adres["postcode"], publiceerbaar="false")
    sub(el, NS_IC, "straatnaam", adres["straat"], publiceerbaar="false")
    sub(el, NS_IC, "woonplaatsnaam", adres["woonplaats"], publiceerbaar="false")


def partij(verzoek: etree._Element, naam: str, gegevens: dict) -> None:
    """vx:initiatiefnemer or vx:gemachtigde; a dict with "kvk" is an organisation."""
    el = sub(verzoek, NS_VX, naam)
    if gegevens.get("email"):
        sub(el, NS_VX, "emailadres", gegevens["email"], publiceerbaar="false")
    if gegevens.get("telefoon"):
        sub(el, NS_VX, "telefoonnummer", gegevens["telefoon"], publiceerbaar="false")
    if "kvk" in gegevens:
        nnp = sub(el, NS_VX, "nietNatuurlijkPersoon")
        if gegevens.get("rsin"):
            sub(nnp, NS_VX, "rsin", gegevens["rsin"], bron="DSO-LV", publiceerbaar="true")
        sub(nnp, NS_VX, "kvkNummer", gegevens["kvk"], bron="DSO-LV", publiceerbaar="true")
        sub(nnp, NS_VX, "handelsnaam", gegevens["handelsnaam"], bron="DSO-LV", publiceerbaar="true")
        if gegevens.get("adres"):
            binnenlands_adres(nnp, "bezoekAdres", gegevens["adres"])
        if gegevens.get("vestigingsnummer"):
            vestiging = sub(nnp, NS_VX, "vestiging")
            sub(
                vestiging,
                NS_IC,
                "vestigingsnummer",
                gegevens["vestigingsnummer"],
                bron="DSO-LV",
                publiceerbaar="true",
            )
        return
    np = sub(el, NS_VX, "natuurlijkPersoon")
    sub(np, NS_VX, "geslachtsnaamNaamgebruik", gegevens["achternaam"], publiceerbaar="false")
    sub(np, NS_VX, "voorlettersNaamgebruik", gegevens["voorletters"], publiceerbaar="false")
    if gegevens.get("bsn"):
        sub(np, NS_VX, "burgerservicenummer", gegevens["bsn"], publiceerbaar="false")
    if gegevens.get("voorvoegsel"):
        sub(np, NS_VX, "voorvoegselNaamgebruik", gegevens["voorvoegsel"], publiceerbaar="false")
    if gegevens.get("adres"):
        binnenlands_adres(np, "verblijfsadres", gegevens["adres"])


def contactpersoon(verzoek: etree._Element, gegevens: dict) -> None:
    el = sub(verzoek, NS_VX, "contactpersoon")
    sub(el, NS_VX, "achternaam", gegevens["achternaam"], publiceerbaar="false")
    for sleutel, naam in (
        ("email", "emailadres"),
        ("functie", "functie"),
        ("telefoon", "telefoonnummer"),
    ):
        if gegevens.get(sleutel):
            sub(el, NS_VX, naam, gegevens[sleutel], publiceerbaar="false")
    sub(el, NS_VX, "voorletters", gegevens["voorletters"], publiceerbaar="false")
    if gegevens.get("voorvoegsel"):
        sub(el, NS_VX, "voorvoegsel", gegevens["voorvoegsel"], publiceerbaar="false")


def _pos_list(punten: list[tuple[float, float]]) -> str:
    return " ".join(f"{a} {b}" for a, b in punten)


def _vlak(ouder: etree._Element, ns: str, ring: list[tuple[float, float]], stelsel: str) -> None:
    vlak = sub(ouder, ns, "vlaklocatie", srsName=SRS[stelsel])
    polygoon = sub(sub(vlak, NS_GML, "surfaceMember"), NS_GML, "Polygon")
    lineair = sub(sub(polygoon, NS_GML, "exterior"), NS_GML, "LinearRing")
    sub(lineair, NS_GML, "posList", _pos_list(ring), srsDimension="2")


def projectlocatie(ouder: etree._Element, loc: dict) -> None:
    el = sub(ouder, NS_VX, "projectlocatie")
    etrs = sub(el, NS_VX, "coordinatenEtrs")
    punt = sub(etrs, NS_IC, "puntlocatie")
    sub(punt, NS_GML, "pos", f"{loc['lat']} {loc['lon']}", srsName=SRS["ETRS89"])
    sub(etrs, NS_IC, "referentiestelsel", "ETRS89")
    if loc.get("vlak"):
        _vlak(etrs, NS_IC, loc["vlak"], "ETRS89")
    if loc.get("straat"):
        adres = sub(el, NS_VX, "adresaanduiding")
        velden = (
            ("nummeraanduiding", "identificatiecodeNummeraanduiding"),
            ("huisletter", "opgegevenAdresHuisletter"),
            ("huisnummer", "opgegevenAdresHuisnummer"),
            ("toevoeging", "opgegevenAdresHuisnummerToevoeging"),
            ("postcode", "opgegevenAdresPostcode"),
            ("straat", "opgegevenAdresStraatnaam"),
            ("woonplaats", "opgegevenAdresWoonplaatsNaam"),
        )
        for sleutel, naam in velden:
            if loc.get(sleutel):
                sub(adres, NS_VX, naam, loc[sleutel])
    elif loc.get("kadastraal"):
        kad, perceel = sub(el, NS_VX, "kadastraleAanduiding"), loc["kadastraal"]
        sub(kad, NS_VX, "BRKIdentificatie", perceel["brk"])
        sub(kad, NS_VX, "kadastraalPerceelnummer", perceel["perceel"])
        sub(kad, NS_VX, "kadastraleGemeente", perceel["gemeente"])
        sub(kad, NS_VX, "kadastraleSectie", perceel["sectie"])
    else:
        opgegeven = sub(el, NS_VX, "coordinatenOpgegeven")
        if loc.get("rd"):
            punt = sub(opgegeven, NS_VX, "puntlocatie")
            sub(punt, NS_GML, "pos", f"{loc['rd'][0]} {loc['rd'][1]}", srsName=SRS["RD"])
        sub(opgegeven, NS_VX, "referentiestelsel", "RD")
        if loc.get("vlak_rd"):
            _vlak(opgegeven, NS_VX, loc["vlak_rd"], "RD")


def gevraagde_bijlage(ouder: etree._Element, bijlage: dict, verzoeknummer: str) -> None:
    el = sub(ouder, NS_VX, "gevraagdeBijlage")
    sub(el, NS_VX, "documentsoortDSO", bijlage["documentsoort"])
    sub(el, NS_VX, "documenttypeGeneriek", bijlage["documenttype"])
    sub(el, NS_VX, "potentieelVertrouwelijk", bijlage["vertrouwelijk"])
    sub(el, NS_VX, "verplicht", bijlage["verplicht"])
    if bijlage["bestanden"]:
        documenten = sub(el, NS_VX, "documenten")
        for bestand in bijlage["bestanden"]:
            doc = sub(documenten, NS_VX, "document")
            sub(doc, NS_VX, "bestandsnaam", bestand)
            sub(doc, NS_VX, "documentId", document_id(verzoeknummer, bestand))
            sub(doc, NS_VX, "vertrouwelijk", bijlage["vertrouwelijk"])


def projectactiviteit(ouder: etree._Element, act: dict, volgnummer: int, nr: str) -> None:
    el = sub(ouder, NS_VX, "projectactiviteit")
    sub(el, NS_VX, "activiteitId", act["activiteit_id"])
    sub(el, NS_VX, "imowId", act["imow_id"])
    sub(el, NS_VX, "activiteitnaam", act["naam"])
    sub(el, NS_VX, "volgnummer", volgnummer)
    if act.get("specificaties"):
        specs = sub(el, NS_VX, "specificaties")
        for spec in act["specificaties"]:
            s = sub(specs, NS_VX, "specificatie")
            sub(s, NS_VX, "antwoord", spec["antwoord"])
            sub(s, NS_VX, "vraagclassificatie", spec.get("classificatie", "activiteit"))
            sub(s, NS_VX, "vraagId", spec["vraag_id"])
            sub(s, NS_VX, "groepering", spec["groepering"])
            sub(s, NS_VX, "vraagtekst", spec["vraagtekst"])
            sub(s, NS_VX, "publiceerbaar", spec.get("publiceerbaar", False))
            if spec.get("bijlage"):
                gevraagde_bijlage(s, spec["bijlage"], nr)

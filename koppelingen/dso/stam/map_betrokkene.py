"""Mapping of initiatiefnemer, gemachtigde and contactpersoon."""

from __future__ import annotations

from .lezer import NS_IC, NS_VX, Element, Lezer, kind
from .model_betrokkene import Adres, Adressoort, Betrokkene, Bronverschil, Persoonsoort, Rol

# DSO-LV fills an unknown BSN with nine zeros (OpenWave treats it as empty too).
_LEGE_BSN = "000000000"


def _binnenlands(lz: Lezer, el: Element | None, pad: str, vs: list[Bronverschil]) -> Adres | None:
    if el is None:
        return None

    def veld(naam: str) -> str | None:
        return lz.antwoord(el, NS_IC, naam, verschillen=vs, veld=f"{pad}.{naam}")

    return Adres(
        soort=Adressoort.BINNENLAND,
        straatnaam=veld("straatnaam"),
        huisnummer=veld("huisnummer"),
        huisletter=veld("huisletter"),
        huisnummertoevoeging=veld("huisnummertoevoeging"),
        postcode=veld("postcode"),
        woonplaats=veld("woonplaatsnaam"),
    )


def _buitenlands(lz: Lezer, el: Element | None, pad: str, vs: list[Bronverschil]) -> Adres | None:
    if el is None:
        return None
    namen = ("adresBuitenland1", "adresBuitenland2", "adresBuitenland3")
    regels = [lz.antwoord(el, NS_IC, n, verschillen=vs, veld=f"{pad}.{n}") for n in namen]
    return Adres(
        soort=Adressoort.BUITENLAND,
        buitenland_regels=tuple(r for r in regels if r),
        land=lz.antwoord(el, NS_IC, "land", verschillen=vs, veld=f"{pad}.land"),
    )


def _afwijkend(lz: Lezer, el: Element | None, pad: str, vs: list[Bronverschil]) -> Adres | None:
    if el is None:
        return None
    return Adres(
        soort=Adressoort.POSTBUS,
        adrestype=lz.tekst(el, NS_IC, "adrestype"),
        postbusnummer=lz.antwoord(el, NS_IC, "nummer", verschillen=vs, veld=f"{pad}.nummer"),
        postcode=lz.antwoord(el, NS_IC, "postcode", verschillen=vs, veld=f"{pad}.postcode"),
        woonplaats=lz.antwoord(
            el, NS_IC, "woonplaatsnaam", verschillen=vs, veld=f"{pad}.woonplaatsnaam"
        ),
    )


def _contactadres(lz: Lezer, el: Element | None, pad: str, vs: list[Bronverschil]) -> Adres | None:
    """An ic:Contactadres; if several variants are filled, postbus beats street beats abroad."""
    return (
        _afwijkend(lz, kind(el, NS_IC, "afwijkendAdres"), pad, vs)
        or _binnenlands(lz, kind(el, NS_IC, "binnenlandsAdres"), pad, vs)
        or _buitenlands(lz, kind(el, NS_IC, "buitenlandsAdres"), pad, vs)
    )


def _natuurlijk_persoon(lz: Lezer, np: Element, vs: list[Bronverschil]) -> dict:
    def veld(naam: str) -> str | None:
        return lz.antwoord(np, NS_VX, naam, verschillen=vs)

    bsn = lz.tekst(np, NS_VX, "burgerservicenummer")
    adres = _binnenlands(lz, kind(np, NS_VX, "verblijfsadres"), "verblijfsadres", vs)
    adres = adres or _buitenlands(
        lz, kind(np, NS_VX, "verblijfsadresBuitenland"), "verblijfsadresBuitenland", vs
    )
    return {
        "soort": Persoonsoort.NATUURLIJK_PERSOON,
        "bsn": None if bsn == _LEGE_BSN else bsn,
        "voorletters": veld("voorlettersNaamgebruik"),
        "voorvoegsel": veld("voorvoegselNaamgebruik"),
        "achternaam": veld("geslachtsnaamNaamgebruik"),
        "adres": adres,
        "correspondentieadres": _contactadres(
            lz, kind(np, NS_VX, "correspondentieAdres"), "correspondentieAdres", vs
        ),
    }


def _niet_natuurlijk_persoon(lz: Lezer, nnp: Element, vs: list[Bronverschil]) -> dict:
    def veld(naam: str, *, register_eerst: bool = False) -> str | None:
        return lz.antwoord(nnp, NS_VX, naam, register_eerst=register_eerst, verschillen=vs)

    vestiging = kind(nnp, NS_VX, "vestiging")
    adres = _binnenlands(lz, kind(nnp, NS_VX, "bezoekAdres"), "bezoekAdres", vs)
    adres = adres or _buitenlands(
        lz, kind(nnp, NS_VX, "bezoekAdresBuitenland"), "bezoekAdresBuitenland", vs
    )
    vestigingsadres = _binnenlands(
        lz, kind(vestiging, NS_IC, "locatieAdresVestiging"), "vestiging.locatieAdres", vs
    ) or _buitenlands(
        lz, kind(vestiging, NS_IC, "locatieAdresBuitenland"), "vestiging.locatieAdres", vs
    )
    return {
        "soort": Persoonsoort.NIET_NATUURLIJK_PERSOON,
        "rsin": veld("rsin", register_eerst=True),
        "statutaire_naam": veld("statutaireNaam", register_eerst=True),
        "kvk_nummer": veld("kvkNummer", register_eerst=True),
        "handelsnaam": veld("handelsnaam", register_eerst=True),
        "verkorte_handelsnaam": veld("verkorteHandelsnaam", register_eerst=True),
        "vestigingsnummer": lz.antwoord(
            vestiging, NS_IC, "vestigingsnummer", register_eerst=True, verschillen=vs
        ),
        "adres": adres,
        "correspondentieadres": _contactadres(lz, kind(nnp, NS_VX, "postadres"), "postadres", vs),
        "vestigingsadres": vestigingsadres,
        "vestiging_postadres": _contactadres(
            lz, kind(vestiging, NS_IC, "postadres"), "vestiging.postadres", vs
        ),
    }


def map_partij(lz: Lezer, el: Element | None, rol: Rol) -> Betrokkene | None:
    """An initiatiefnemer or gemachtigde (vx:Initiatiefnemer / vx:Gemachtigde)."""
    if el is None:
        return None
    vs: list[Bronverschil] = []
    np, nnp = kind(el, NS_VX, "natuurlijkPersoon"), kind(el, NS_VX, "nietNatuurlijkPersoon")
    if np is not None:
        velden = _natuurlijk_persoon(lz, np, vs)
    elif nnp is not None:
        velden = _niet_natuurlijk_persoon(lz, nnp, vs)
    else:
        lz.waarschuw(el, f"{rol} zonder natuurlijk of niet-natuurlijk persoon")
        velden = {"soort": Persoonsoort.NATUURLIJK_PERSOON}
    return Betrokkene(
        rol=rol,
        emailadres=lz.antwoord(el, NS_VX, "emailadres", verschillen=vs),
        telefoonnummer=lz.antwoord(el, NS_VX, "telefoonnummer", verschillen=vs),
        bronverschillen=tuple(vs),
        **velden,
    )


def map_contactpersoon(lz: Lezer, el: Element | None) -> Betrokkene | None:
    if el is None:
        return None
    vs: list[Bronverschil] = []
    return Betrokkene(
        rol=Rol.CONTACTPERSOON,
        soort=Persoonsoort.NATUURLIJK_PERSOON,
        achternaam=lz.tekst(el, NS_VX, "achternaam"),
        voorletters=lz.tekst(el, NS_VX, "voorletters"),
        voorvoegsel=lz.tekst(el, NS_VX, "voorvoegsel"),
        functie=lz.tekst(el, NS_VX, "functie"),
        emailadres=lz.tekst(el, NS_VX, "emailadres"),
        telefoonnummer=lz.tekst(el, NS_VX, "telefoonnummer"),
        correspondentieadres=_contactadres(lz, kind(el, NS_VX, "contactadres"), "contactadres", vs),
        bronverschillen=tuple(vs),
    )

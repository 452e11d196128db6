"""The lookups per registration. Each step returns (object id, snapshot data) or raises a
KoppelingFout / Overslaan; the caller stores the outcome on the Verrijking row."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from zaken.models import Betrokkene, Locatie

from ..brp.client import VELDEN_BETROKKENE
from ..errors import NietGevonden
from . import actions, snapshots
from .adresherkenning import adresvraag, kies
from .models import Verrijking
from .privacy import log_brp_opvraging, log_eigenaren

DOEL = "Behandelen van de zaak: gegevens van locatie en betrokkenen aanvullen"


class Overslaan(Exception):
    """Nothing to ask the registration (e.g. no address known); stored as status `fout`."""


def _vind_adres(bag, locatie: Locatie):
    if locatie.nummeraanduiding_id:
        return bag.adres(locatie.nummeraanduiding_id)
    vraag = adresvraag(
        postcode=locatie.postcode,
        huisnummer=locatie.huisnummer,
        huisletter=locatie.huisletter,
        toevoeging=locatie.toevoeging,
        omschrijving=locatie.omschrijving,
    )
    if vraag is None:
        raise Overslaan(
            "Geen postcode en huisnummer bij deze locatie; koppel haar met 'Adres zoeken' aan een BAG-adres."
        )
    adres = kies(vraag, bag.zoek_adressen(vraag.postcode, vraag.huisnummer))
    if adres is None:
        raise Overslaan(
            f"Het adres {locatie.omschrijving} is niet (eenduidig) gevonden in de BAG; "
            "controleer postcode en huisnummer of kies het adres met 'Adres zoeken'."
        )
    return adres


def verrijk_bag(bag, rij: Verrijking, locatie: Locatie) -> tuple[str, dict[str, Any]]:
    adres = _vind_adres(bag, locatie)
    vbo = bag.verblijfsobject(adres.verblijfsobject_id) if adres.verblijfsobject_id else None
    panden = [snapshots.pand(bag.pand(p)) for p in adres.pand_ids]
    adres_data, vbo_data = snapshots.adres(adres), snapshots.verblijfsobject(vbo)
    actions.werk_locatie_bij_uit_bag(locatie, door=None, adres=adres_data, verblijfsobject=vbo_data)
    return adres.nummeraanduiding_id, {"adres": adres_data, "verblijfsobject": vbo_data, "panden": panden}


def verrijk_brk(brk, rij: Verrijking, locatie: Locatie) -> tuple[str, dict[str, Any]]:
    if locatie.nummeraanduiding_id:
        gevonden = brk.zoek_onroerende_zaken(nummeraanduiding_id=locatie.nummeraanduiding_id, met_gerechtigden=True)
    elif locatie.kadastrale_aanduiding:
        gevonden = brk.zoek_onroerende_zaken(kadastrale_aanduiding=locatie.kadastrale_aanduiding, met_gerechtigden=True)
    else:
        raise Overslaan("Geen BAG-adres of kadastrale aanduiding bekend om het perceel te zoeken.")
    if not gevonden:
        raise NietGevonden("Bij dit adres is geen kadastraal perceel gevonden in de BRK.")
    percelen = []
    for koz in gevonden:
        # An appartementsrecht has no boundary of its own: the map shows its grondperceel.
        grond = [brk.onroerende_zaak(g) for g in koz.grondperceel_ids] if not koz.begrenzing_rd else []
        percelen.append(snapshots.perceel(koz, grond))
    actions.zet_kadastrale_aanduiding(locatie, door=None, aanduiding=percelen[0]["kadastrale_aanduiding"])
    bsns = [g["bsn"] for p in percelen for g in p["gerechtigden"] if g["bsn"]]
    log_eigenaren(
        organisatie=locatie.zaak.organisatie,
        door=None,
        bsns=bsns,
        actie="Opvragen",
        handeling="Eigenaren van het perceel opvragen bij de BRK",
        doel=DOEL,
        zaak_id=locatie.zaak_id,
    )
    return percelen[0]["id"], {"percelen": percelen}


def _brp(brp, rij: Verrijking, betrokkene: Betrokkene) -> tuple[str, dict[str, Any]]:
    organisatie = betrokkene.zaak.organisatie
    try:
        persoon = brp.persoon(betrokkene.bsn, VELDEN_BETROKKENE)
    except NietGevonden:
        # The BSN did reach the BRP: that is a verwerking too.
        log_brp_opvraging(
            organisatie=organisatie,
            door=None,
            bsn=betrokkene.bsn,
            doel=DOEL,
            handeling="Betrokkene aanvullen uit de BRP (niet gevonden)",
            zaak_id=betrokkene.zaak_id,
            betrokkenheid=betrokkene.roltype.omschrijving,
        )
        raise
    log_brp_opvraging(
        organisatie=organisatie,
        door=None,
        bsn=betrokkene.bsn,
        doel=DOEL,
        handeling="Betrokkene aanvullen uit de BRP",
        zaak_id=betrokkene.zaak_id,
        betrokkenheid=betrokkene.roltype.omschrijving,
    )
    data = snapshots.persoon(persoon)
    actions.werk_betrokkene_bij(
        betrokkene,
        door=None,
        bron="brp",
        naam=data["naam"],
        adres=data["adres"],
        gegevens_per=timezone.localdate(),
        naamdelen={
            "voornamen": persoon.voornamen or "",
            "voorvoegsel": persoon.voorvoegsel or "",
            "geslachtsnaam": persoon.geslachtsnaam or "",
        },
    )
    return "", data  # the BSN already lives on the betrokkene; no second copy


def _kvk(kvk, rij: Verrijking, betrokkene: Betrokkene) -> tuple[str, dict[str, Any]]:
    data = snapshots.onderneming(kvk.basisprofiel(betrokkene.kvk_nummer))
    actions.werk_betrokkene_bij(
        betrokkene,
        door=None,
        bron="kvk",
        naam=data["naam"],
        adres=data["bezoekadres"],
        gegevens_per=timezone.localdate(),
    )
    return data["kvk_nummer"], data


def verrijk_betrokkene(client, rij: Verrijking, betrokkene: Betrokkene) -> tuple[str, dict[str, Any]]:
    return (_brp if rij.soort == "brp" else _kvk)(client, rij, betrokkene)

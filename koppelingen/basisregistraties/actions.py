"""Writes of this app on zaken data: each goes with an event in the zaak tijdlijn.

zaken has no update actions for locaties and betrokkenen, so the basisregistraties own these
narrowly scoped ones (only the fields a registration is authoritative for).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken.actions import voeg_locatie_toe
from zaken.models import Betrokkene, Locatie

from . import snapshots
from .clients import client_voor
from .geo import rd_naar_wgs84


def _locatievelden(adres: dict[str, Any], vbo: dict[str, Any] | None) -> dict[str, Any]:
    velden: dict[str, Any] = {
        "nummeraanduiding_id": adres["nummeraanduiding_id"],
        "verblijfsobject_id": adres.get("verblijfsobject_id") or "",
        "pand_ids": list(adres.get("pand_ids") or []),
        "straat": adres["straat"],
        "huisnummer": str(adres["huisnummer"]),
        "huisletter": adres.get("huisletter") or "",
        "toevoeging": adres.get("toevoeging") or "",
        "postcode": adres.get("postcode") or "",
        "woonplaats": adres["woonplaats"],
        "gegevens_per": timezone.localdate(),
    }
    if vbo and vbo.get("punt_rd"):
        x, y = vbo["punt_rd"]
        lat, lon = rd_naar_wgs84(x, y)
        velden.update(rd_x=x, rd_y=y, lat=lat, lon=lon)
    return velden


@transaction.atomic
def werk_locatie_bij_uit_bag(locatie: Locatie, *, door, adres: dict[str, Any], verblijfsobject: dict | None) -> Locatie:
    velden = _locatievelden(adres, verblijfsobject)
    for veld, waarde in velden.items():
        setattr(locatie, veld, waarde)
    locatie.save(update_fields=list(velden))
    log_gebeurtenis(
        organisatie=locatie.zaak.organisatie,
        door=door,
        actie="locatie.bag_aangevuld",
        zaak=locatie.zaak,
        obj=locatie,
        omschrijving=f"Locatie gekoppeld aan BAG-adres {adres['weergave']}.",
        data={"nummeraanduiding_id": adres["nummeraanduiding_id"]},
    )
    return locatie


@transaction.atomic
def zet_kadastrale_aanduiding(locatie: Locatie, *, door, aanduiding: str) -> None:
    if locatie.kadastrale_aanduiding == aanduiding:
        return
    locatie.kadastrale_aanduiding = aanduiding[:60]
    locatie.save(update_fields=["kadastrale_aanduiding"])
    log_gebeurtenis(
        organisatie=locatie.zaak.organisatie,
        door=door,
        actie="locatie.brk_aangevuld",
        zaak=locatie.zaak,
        obj=locatie,
        omschrijving=f"Kadastraal perceel {aanduiding} bij locatie {locatie.omschrijving} vastgelegd.",
    )


ADRESVELDEN = ("straat", "huisnummer", "huisletter", "toevoeging", "postcode", "woonplaats")


@transaction.atomic
def werk_betrokkene_bij(
    betrokkene: Betrokkene,
    *,
    door,
    bron: str,
    naam: str,
    adres: dict[str, Any] | None,
    gegevens_per: datetime.date,
    naamdelen: dict[str, str] | None = None,
) -> Betrokkene:
    """Name and address from a registration (BRP or KvK) as a dated snapshot; contact details
    entered by hand (e-mail, telephone) stay."""
    betrokkene.naam = (naam or betrokkene.naam)[:300]
    for veld, waarde in (naamdelen or {}).items():
        setattr(betrokkene, veld, (waarde or "")[:200])
    if adres:
        for veld in ADRESVELDEN:
            waarde = adres.get(veld)
            setattr(betrokkene, veld, "" if waarde is None else str(waarde))
    betrokkene.gegevens_per = gegevens_per
    betrokkene.bron = bron
    betrokkene.save()
    log_gebeurtenis(
        organisatie=betrokkene.zaak.organisatie,
        door=door,
        actie="betrokkene.aangevuld",
        zaak=betrokkene.zaak,
        obj=betrokkene,
        # No name or BSN in the event text: the tijdlijn is visible to more roles than the data.
        omschrijving=f"Gegevens van betrokkene ({betrokkene.roltype.omschrijving}) bijgewerkt uit de "
        f"{bron.upper() if bron != 'kvk' else 'KvK'}, stand per {gegevens_per:%d-%m-%Y}.",
        data={"bron": bron, "gegevens_per": gegevens_per.isoformat()},
    )
    return betrokkene


def voeg_bag_locatie_toe(zaak, *, door, nummeraanduiding_id: str) -> Locatie:
    """A locatie from a chosen BAG address: ids, address, RD and WGS84 point and pand ids.

    Asks the BAG now (the user picked the address a moment ago, so it answers from cache or is
    reachable); BRK and pand details follow in the enrichment task.
    """
    from .verrijking import verrijk_zaak

    bag = client_voor("bag")
    gevonden = bag.adres(nummeraanduiding_id)
    vbo = bag.verblijfsobject(gevonden.verblijfsobject_id) if gevonden.verblijfsobject_id else None
    adres, vbo_data = snapshots.adres(gevonden), snapshots.verblijfsobject(vbo)
    with transaction.atomic():
        locatie = voeg_locatie_toe(zaak, door=door, omschrijving=gevonden.weergave, **_locatievelden(adres, vbo_data))
        verrijk_zaak(zaak.pk)
    return locatie

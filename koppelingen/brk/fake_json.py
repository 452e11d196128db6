"""Render fake BRK objects as BRK-Bevragen v2 KadastraalOnroerendeZaakHal and
ZakelijkGerechtigdeHal (HAL links absolute, as the real API gives them)."""

from __future__ import annotations

from typing import Any

from ..fakes.haalcentraal import link
from .fakedata import FakeGerechtigde, FakeKoz, middelpunt


def gerechtigde_json(koz: FakeKoz, zg: FakeGerechtigde, base: str) -> dict[str, Any]:
    teller, noemer = zg.aandeel
    return {
        "identificatie": zg.identificatie,
        "type": zg.type,
        "aanvangsdatum": zg.aanvangsdatum,
        "tenaamstelling": {"aandeel": {"teller": teller, "noemer": noemer}},
        "persoon": {
            "identificatie": zg.persoon_id,
            "omschrijving": zg.omschrijving,
            "type": zg.persoon_type,
        },
        "_links": {
            "self": link(
                f"{base}/kadastraalonroerendezaken/{koz.identificatie}"
                f"/zakelijkgerechtigden/{zg.identificatie}"
            )
        },
    }


def koz_json(koz: FakeKoz, base: str, *, met_gerechtigden: bool = False) -> dict[str, Any]:
    self_url = f"{base}/kadastraalonroerendezaken/{koz.identificatie}"
    body: dict[str, Any] = {
        "identificatie": koz.identificatie,
        "domein": "NL.IMKAD.KadastraalObject",
        "type": koz.type,
        "kadastraleAanduiding": koz.kadastrale_aanduiding,
        "aardCultuurBebouwd": {"code": koz.cultuur[0], "waarde": koz.cultuur[1]},
    }
    if koz.koopsom:  # levering-koopsom.feature: koopsom, koopjaar and cultuur travel together
        body["koopsom"] = {"koopsom": koz.koopsom[0], "koopjaar": koz.koopsom[1]}
    else:
        del body["aardCultuurBebouwd"]
    if koz.type == "perceel":
        body["kadastraleGrootte"] = {
            "soortGrootte": {"code": "1", "waarde": "Vastgesteld"},
            "waarde": koz.grootte,
        }
        body["begrenzingPerceel"] = {"type": "Polygon", "coordinates": [koz.ring]}
        body["plaatscoordinaten"] = {"type": "Point", "coordinates": list(middelpunt(koz.ring))}
    else:
        body["bijbehorendeGrondpercelen"] = [{"identificatie": koz.grondperceel}]
    if koz.adressen:
        body["adressen"] = [
            {
                "straat": a.straat,
                "huisnummer": a.huisnummer,
                **({"huisletter": a.huisletter} if a.huisletter else {}),
                **({"huisnummertoevoeging": a.toevoeging} if a.toevoeging else {}),
                "postcode": a.postcode,
                "woonplaats": a.woonplaats,
                "nummeraanduidingIdentificatie": a.nummeraanduiding_id,
                "adresseerbaarObjectIdentificatie": a.verblijfsobject_id,
            }
            for a in koz.adressen
        ]
    body["zakelijkGerechtigdeIdentificaties"] = [zg.identificatie for zg in koz.gerechtigden]
    body["_links"] = {
        "self": link(self_url),
        "zakelijkGerechtigden": [
            link(f"{self_url}/zakelijkgerechtigden/{zg.identificatie}") for zg in koz.gerechtigden
        ],
    }
    if met_gerechtigden:
        body["_embedded"] = {
            "zakelijkGerechtigden": [gerechtigde_json(koz, zg, base) for zg in koz.gerechtigden]
        }
    return body

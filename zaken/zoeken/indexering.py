"""Writing the search index: one zaak at a time, on commit of the transaction that changed it."""

import logging

from django.contrib.postgres.search import SearchVector
from django.db.models import TextField, Value

from zaken.models import BetrokkeneType, Zaak
from zaken.zoeken.models import Kaartlaag, ZaakZoekindex, Zoekwoord
from zaken.zoeken.normalisatie import adres_sleutels, normaliseer, postcode_sleutel

logger = logging.getLogger(__name__)

_HANDHAVING = ("HANDHAVING", "LOD-", "LOB-")


def laag_voor(zaaktype_identificatie: str) -> str:
    if zaaktype_identificatie.startswith(_HANDHAVING):
        return Kaartlaag.HANDHAVING
    if zaaktype_identificatie.startswith("CONTROLE") or "TOEZICHT" in zaaktype_identificatie:
        return Kaartlaag.TOEZICHT
    return Kaartlaag.VERGUNNING


def _adresregel(obj) -> str:
    nummer = f"{obj.huisnummer}{obj.huisletter}{('-' + obj.toevoeging) if obj.toevoeging else ''}"
    return " ".join(p for p in [obj.straat, nummer] if p)


def _punt(locatie) -> tuple[float | None, float | None]:
    if locatie.lat is not None and locatie.lon is not None:
        return locatie.lat, locatie.lon
    if locatie.geometrie:
        from zaken.zoeken.geometrie import geometrie_uit_geojson

        try:
            midden = geometrie_uit_geojson(locatie.geometrie).representative_point()
        except ValueError:
            return None, None
        return midden.y, midden.x
    return None, None


def _velden(zaak: Zaak) -> tuple[dict, list[str]]:
    locaties = list(zaak.locaties.all())
    personen = [b for b in zaak.betrokkenen.all() if b.betrokkene_type != BetrokkeneType.MEDEWERKER]
    plaatsen: list[str] = []
    sleutels: list[str] = []
    lat = lon = None
    for loc in locaties:
        pc = postcode_sleutel(loc.postcode)
        plaatsen += [loc.omschrijving, _adresregel(loc), pc, f"{pc[:4]} {pc[4:]}" if pc else "", loc.woonplaats,
                     loc.kadastrale_aanduiding]
        sleutels += adres_sleutels(loc.postcode, loc.huisnummer, loc.huisletter)
        if lat is None:
            lat, lon = _punt(loc)
    namen = []
    for p in personen:
        namen += [p.naam, " ".join(x for x in [p.voornamen, p.voorvoegsel, p.geslachtsnaam] if x)]
    delen_a = normaliseer(f"{zaak.identificatie} {zaak.verzoeknummer}")
    delen_b = normaliseer(zaak.omschrijving)
    delen_c = normaliseer(" ".join(x for x in plaatsen + namen if x))
    velden = {
        "organisatie_id": zaak.organisatie_id,
        "identificatie": zaak.identificatie,
        "omschrijving": zaak.omschrijving[:300],
        "zaaktype_identificatie": zaak.zaaktype.identificatie,
        "vertrouwelijkheid": zaak.vertrouwelijkheidaanduiding,
        "status": zaak.status.statustype.omschrijving if zaak.status_id else "",
        "afgesloten": zaak.einddatum is not None,
        "startdatum": zaak.startdatum,
        "einddatum": zaak.einddatum,
        "laag": laag_voor(zaak.zaaktype.identificatie),
        # BSNs never go into the text columns: a BSN may only be found through the
        # permission-checked, logged exact-key route.
        "tekst": " ".join(x for x in [delen_a, delen_b, delen_c] if x),
        "bsns": sorted({p.bsn for p in personen if p.bsn}),
        "kvks": sorted({k for p in personen for k in (p.kvk_nummer, p.vestigingsnummer) if k}),
        "adressleutels": sorted(set(sleutels)),
        "adres": locaties[0].omschrijving[:300] if locaties else "",
        "lat": lat,
        "lon": lon,
    }
    return velden, [delen_a, delen_b, delen_c]


def _vector(delen: list[str]):
    vector = None
    for tekst, gewicht in zip(delen, "ABC", strict=True):
        deel = SearchVector(Value(tekst, output_field=TextField()), config="dutch", weight=gewicht)
        vector = deel if vector is None else vector + deel
    return vector


def update_index(zaak_id: int) -> None:
    """Bring the index row of one zaak up to date (or remove it when the zaak is gone)."""
    zaak = (
        Zaak.objects.select_related("zaaktype", "status__statustype")
        .prefetch_related("locaties", "betrokkenen")
        .filter(pk=zaak_id)
        .first()
    )
    if zaak is None:
        ZaakZoekindex.objects.filter(zaak_id=zaak_id).delete()
        return
    velden, delen = _velden(zaak)
    ZaakZoekindex.objects.update_or_create(zaak_id=zaak_id, defaults=velden)
    ZaakZoekindex.objects.filter(zaak_id=zaak_id).update(zoekvector=_vector(delen))
    # Only words of letters: numbers and codes are matched exactly and would grow the
    # vocabulary with every zaak.
    woorden = {w for w in velden["tekst"].split() if 3 <= len(w) <= 60 and w.isalpha()}
    Zoekwoord.objects.bulk_create([Zoekwoord(woord=w) for w in woorden], ignore_conflicts=True)


def herbouw_index(organisatie=None, stdout=None) -> int:
    qs = Zaak.objects.all() if organisatie is None else Zaak.objects.filter(organisatie=organisatie)
    aantal = 0
    for zaak_id in qs.values_list("pk", flat=True).iterator(chunk_size=2000):
        update_index(zaak_id)
        aantal += 1
        if stdout and aantal % 1000 == 0:
            stdout.write(f"{aantal} zaken geïndexeerd…")
    return aantal

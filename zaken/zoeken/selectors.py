"""Read side of search, map and signalering. Other apps call these, not the models."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import connection
from django.db.models import F, FloatField, Subquery, Value

from clo.accounts.rollen import vertrouwelijkheden_tot
from clo.audit.log import log_verwerking
from zaken.zoeken.models import ZaakSignaal, ZaakZoekindex
from zaken.zoeken.tekstquery import tsquery_tekst
from zaken.zoeken.zoekopdracht import Zoekopdracht, ontleed

PER_PAGINA = 25
MAX_KANDIDATEN = 5000
VERWERKINGSACTIVITEIT_ZOEKEN = "VA-ZAKEN-ZOEKEN"


@dataclass
class Filters:
    zaaktype: str = ""
    status: str = ""
    van: datetime.date | None = None
    tot: datetime.date | None = None
    afgesloten: str = ""  # "" = alle, "nee" = lopend, "ja" = afgesloten
    lagen: list[str] = field(default_factory=list)


@dataclass
class Zoekresultaat:
    opdracht: Zoekopdracht
    rijen: list
    meer: bool = False
    melding: str = ""


def toegestane_index(lid):
    """Index rows this membership may see: the rules of `Zaak.objects.voor_lidmaatschap`,
    applied to the denormalised columns (no join)."""
    if lid is None or not ({"zaak.lezen", "kcc.inlichtingen"} & lid.rechten):
        return ZaakZoekindex.objects.none()
    qs = ZaakZoekindex.objects.filter(
        organisatie_id=lid.organisatie_id,
        vertrouwelijkheid__in=vertrouwelijkheden_tot(lid.max_vertrouwelijkheid),
    )
    toegestaan = [zt.identificatie for zt in lid.zaaktypen.all()]
    if toegestaan:
        qs = qs.filter(zaaktype_identificatie__in=toegestaan)
    return qs


def _filter(qs, f: Filters):
    if f.zaaktype:
        qs = qs.filter(zaaktype_identificatie=f.zaaktype)
    if f.status:
        qs = qs.filter(status=f.status)
    if f.van:
        qs = qs.filter(startdatum__gte=f.van)
    if f.tot:
        qs = qs.filter(startdatum__lte=f.tot)
    if f.afgesloten in ("ja", "nee"):
        qs = qs.filter(afgesloten=f.afgesloten == "ja")
    if f.lagen:
        qs = qs.filter(laag__in=f.lagen)
    return qs


def _tekstzoeken(qs, opdracht: Zoekopdracht):
    term = opdracht.genormaliseerd
    raw = tsquery_tekst(term) if len(term) >= 2 else ""
    if not raw:
        return qs.none().annotate(score=Value(0.0, output_field=FloatField()))
    query = SearchQuery(raw, config="dutch", search_type="raw")
    # Rank at most MAX_KANDIDATEN matches: a one-word query can match tens of thousands of zaken
    # and ranking them all costs more than the budget; such a list needs more words anyway.
    kandidaten = qs.filter(zoekvector=query).values("zaak_id")[:MAX_KANDIDATEN]
    return (ZaakZoekindex.objects.filter(zaak_id__in=Subquery(kandidaten))
            .annotate(score=SearchRank(F("zoekvector"), query, cover_density=True))
            .order_by("-score", "-startdatum", "-zaak_id"))


def _tekst_treffers(qs, opdracht: Zoekopdracht, begin: int, aantal: int) -> list[tuple[int, float]]:
    """The ranked page of a free-text query in one pass over at most MAX_KANDIDATEN matches
    (ranking inside the capped subquery; no second lookup of each candidate)."""
    raw = tsquery_tekst(opdracht.genormaliseerd) if len(opdracht.genormaliseerd) >= 2 else ""
    if not raw:
        return []
    query = SearchQuery(raw, config="dutch", search_type="raw")
    binnen, params = (qs.filter(zoekvector=query).values("zaak_id", "zoekvector", "startdatum")
                      .order_by().query.sql_with_params())
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT k.zaak_id, ts_rank_cd(k.zoekvector, to_tsquery('dutch', %s)) AS score
                FROM ({binnen} LIMIT {MAX_KANDIDATEN}) AS k
                ORDER BY score DESC, k.startdatum DESC, k.zaak_id DESC LIMIT %s OFFSET %s""",
            [raw, *params, aantal, begin],
        )
        return cursor.fetchall()


def _gelijkenis_op_tekst(qs, opdracht: Zoekopdracht, aantal: int) -> list[tuple[int, float]]:
    """Last resort when no word matched: trigram word similarity on the whole normalised text
    (catches fragments such as part of a zaaknummer or a parcel written without spaces)."""
    term = opdracht.genormaliseerd
    return list(qs.filter(tekst__trigram_word_similar=term)
                .annotate(score=TrigramWordSimilarity(term, "tekst"))
                .order_by("-score", "-startdatum").values_list("zaak_id", "score")[:aantal])


def zoek_in(qs, opdracht: Zoekopdracht):
    """Apply the query to an already permission-filtered index queryset."""
    if opdracht.soort == "leeg":
        return qs.annotate(score=Value(0.0, output_field=FloatField())).order_by("-startdatum", "-zaak_id")
    if opdracht.soort == "zaaknummer":
        return qs.filter(identificatie=opdracht.sleutel).annotate(score=Value(1.0, output_field=FloatField()))
    exact = {"bsn": "bsns__contains", "kvk": "kvks__contains", "adres": "adressleutels__contains"}
    if opdracht.soort in exact:
        # Ask the GIN index alone first: combined with the ORDER BY, PostgreSQL misjudges how
        # rare an array key is and walks the startdatum index through the whole tenant.
        ids = list(ZaakZoekindex.objects.filter(**{exact[opdracht.soort]: [opdracht.sleutel]})
                   .values_list("zaak_id", flat=True)[:MAX_KANDIDATEN])
        return (qs.filter(zaak_id__in=ids)
                .annotate(score=Value(1.0, output_field=FloatField())).order_by("-startdatum", "-zaak_id"))
    return _tekstzoeken(qs, opdracht)


def log_bsn_zoekopdracht(lid, door, bsn: str, doel: str) -> None:
    log_verwerking(
        organisatie=lid.organisatie, door=door, actie_naam="Zoeken", handeling="Zaken zoeken op BSN",
        verwerking="Zoeken in zaken", activiteit_id=VERWERKINGSACTIVITEIT_ZOEKEN, doel=doel,
        soort_object_id="BSN", object_id=bsn, betrokkenheid="betrokkene", soorten_gegevens=["BSN"],
    )


def zoek(lid, invoer: str, *, door, filters: Filters | None = None, pagina: int = 1,
         per_pagina: int = PER_PAGINA, doel: str = "Behandelen van zaken",
         bsn_recht: str = "betrokkene.bsn_inzien") -> Zoekresultaat:
    """Ranked search for one membership. A BSN query needs `bsn_recht` (the KCC screen passes
    its own inlichtingen right) and is always logged in the verwerkingenlogging."""
    opdracht = ontleed(invoer)
    if opdracht.soort == "bsn":
        if lid is None or bsn_recht not in lid.rechten:
            return Zoekresultaat(opdracht, [], melding="U mag niet op burgerservicenummer zoeken.")
        log_bsn_zoekopdracht(lid, door, opdracht.sleutel, doel)
    qs = zoek_in(_filter(toegestane_index(lid), filters or Filters()), opdracht)
    begin = (max(pagina, 1) - 1) * per_pagina
    # Rank on the index alone, then join the zaken of this one page: joining before the
    # LIMIT would make PostgreSQL join every match.
    if opdracht.soort == "tekst":
        treffers = _tekst_treffers(_filter(toegestane_index(lid), filters or Filters()), opdracht,
                                   begin, per_pagina + 1)
    else:
        treffers = list(qs.values_list("zaak_id", "score")[begin:begin + per_pagina + 1])
    if not treffers and begin == 0 and opdracht.soort == "tekst" and len(opdracht.genormaliseerd) >= 4:
        treffers = _gelijkenis_op_tekst(_filter(toegestane_index(lid), filters or Filters()), opdracht, per_pagina)
    ids = [zaak_id for zaak_id, _ in treffers[:per_pagina]]
    rijen = {r.zaak_id: r for r in ZaakZoekindex.objects.filter(zaak_id__in=ids).select_related(
        "zaak__zaaktype", "zaak__status__statustype", "zaak__resultaat__resultaattype")}
    for zaak_id, score in treffers[:per_pagina]:
        rijen[zaak_id].score = score
    return Zoekresultaat(opdracht, [rijen[i] for i in ids], meer=len(treffers) > per_pagina)


@dataclass(frozen=True)
class Signaal:
    zone_id: int
    naam: str
    soort: str
    soort_label: str
    melding: str


def actieve_signalen():
    """The signals that count, in display order: those of active risk zones, by zone name. One
    rule for the zaak page, the lists and the werkvoorraad (which reads them in its list query)."""
    return ZaakSignaal.objects.filter(zone__actief=True).order_by("zone__naam")


def _signalen(zaak_ids) -> dict[int, list[Signaal]]:
    result: dict[int, list[Signaal]] = defaultdict(list)
    rijen = actieve_signalen().filter(zaak_id__in=list(zaak_ids)).select_related("zone")
    for rij in rijen:
        z = rij.zone
        result[rij.zaak_id].append(Signaal(z.pk, z.naam, z.soort, z.get_soort_display(), z.melding))
    return dict(result)


def signalen_voor_zaak(zaak) -> list[Signaal]:
    return _signalen([zaak.pk]).get(zaak.pk, [])


def signalen_voor_zaken(zaak_ids) -> dict[int, list[Signaal]]:
    """Bulk, one query whatever the number of zaken; zaken without signals are absent."""
    return _signalen(zaak_ids)

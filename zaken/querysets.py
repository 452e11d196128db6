"""The one entrance for reading zaken: tenant, role, zaaktype and vertrouwelijkheid.

Also the capped counting used by the large lists (zaken, werkvoorraad): an exact COUNT over
tens of thousands of rows costs more than rendering the page, and nobody pages to row 40,000.
"""

from django.core.paginator import Paginator
from django.db import connections, models
from django.db.models import Q
from django.utils.functional import cached_property

from clo.accounts.rollen import vertrouwelijkheden_tot

LEESRECHTEN = {"zaak.lezen", "kcc.inlichtingen"}


def zichtbaarheid(lidmaatschap, pad: str = "") -> Q | None:
    """The condition "this membership may see the zaak", over a Zaak or over a relation path to
    one (e.g. pad="zaak__"), so a list of things about zaken filters with a join instead of an
    IN-subquery over all zaken of the tenant. None → nothing is visible."""
    if lidmaatschap is None or not (LEESRECHTEN & lidmaatschap.rechten):
        return None
    q = Q(
        **{
            f"{pad}organisatie_id": lidmaatschap.organisatie_id,
            f"{pad}vertrouwelijkheidaanduiding__in": vertrouwelijkheden_tot(lidmaatschap.max_vertrouwelijkheid),
        }
    )
    toegestaan = [zt.identificatie for zt in lidmaatschap.zaaktypen.all()]
    if toegestaan:
        q &= Q(**{f"{pad}zaaktype__identificatie__in": toegestaan})
    return q


class ZaakQuerySet(models.QuerySet):
    def voor_lidmaatschap(self, lidmaatschap):
        """Zaken the holder of this membership may see. None → nothing."""
        q = zichtbaarheid(lidmaatschap)
        return self.none() if q is None else self.filter(q)

    def voor_gebruiker(self, request):
        from clo.accounts.middleware import lidmaatschap_van

        return self.voor_lidmaatschap(lidmaatschap_van(request))

    def open(self):
        return self.filter(einddatum__isnull=True)

    def met_lijstgegevens(self, afgesloten: bool = True):
        """Everything a list row shows. Only closed zaken have a resultaat: a list of open zaken
        leaves that join out (two fewer joins make PostgreSQL plan the query 3x faster)."""
        velden = ["zaaktype", "status__statustype", "behandelaar"]
        if afgesloten:
            velden.append("resultaat__resultaattype")
        return self.select_related(*velden)


def tel_begrensd(querysets: dict[str, models.QuerySet], grens: int) -> dict[str, int]:
    """Per queryset the number of rows, counting at most `grens` + 1 of them, in ONE query.

    Each count is `SELECT COUNT(*) FROM (... LIMIT grens+1)`: with an index matching the
    filter the database stops after grens+1 rows instead of visiting every match."""
    if not querysets:
        return {}
    delen, params, alias = [], [], None
    for naam, qs in querysets.items():
        if qs.query.is_empty():
            delen.append(f"0 AS {naam}")
            continue
        beperkt = qs.order_by().values("pk")[: grens + 1]
        alias = beperkt.db
        sql, p = beperkt.query.get_compiler(using=alias).as_sql()
        delen.append(f"(SELECT COUNT(*) FROM ({sql}) AS t_{naam}) AS {naam}")
        params.extend(p)
    if alias is None:
        return dict.fromkeys(querysets, 0)
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(delen), params)
        return dict(zip(querysets, cursor.fetchone(), strict=True))


def telling_tekst(aantal: int, grens: int) -> int | str:
    """What a list shows as its size: the number, or "999+" past the cap."""
    return f"{grens}+" if aantal > grens else aantal


class BegrensdePaginator(Paginator):
    """A paginator whose count stops `grens` rows beyond the start, or beyond the requested
    page when that lies further.

    Pages up to the requested one (and its "next" link) are exact; the total is shown as
    "meer dan N" when the cap is hit. Counting deeper pages costs more, which only the rare
    deep link pays. `geteld`: a count already made with the same cap (e.g. a tab count of
    the same rows), used instead of counting again while the requested page lies within it.
    """

    def __init__(self, object_list, per_page: int, *, pagina=None, grens: int = 999, geteld: int | None = None):
        super().__init__(object_list, per_page)
        try:
            nummer = max(int(pagina), 1)
        except (TypeError, ValueError):
            nummer = 1
        self.grens = max(grens, nummer * per_page)
        self._geteld = geteld if self.grens == grens else None

    @cached_property
    def count(self) -> int:
        if self._geteld is not None:
            return self._geteld
        return tel_begrensd({"aantal": self.object_list}, self.grens)["aantal"]

    @property
    def meer(self) -> bool:
        return self.count > self.grens

    @property
    def aantal_tekst(self) -> int | str:
        return f"meer dan {self.grens}" if self.meer else self.count

    @property
    def pagina_s_tekst(self) -> int | str:
        return f"{self.num_pages}+" if self.meer else self.num_pages

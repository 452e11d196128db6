import datetime
from collections.abc import Callable
from urllib.parse import quote

from django.db.models import Exists, F, OuterRef, Q
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import RFC3986_SUBDELIMS

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from clo.core.templatetags.clo_tags import urgentie
from zaken.forms import ZaakFilterForm
from zaken.models import Betrokkene, Locatie, Zaak
from zaken.querysets import BegrensdePaginator

PER_PAGINA = 25
# The count stops here ("meer dan 999 zaken"): counting all open zaken of a tenant costs more
# than the page itself. Search and reports give exact numbers.
TELGRENS = 999
# What a row shows (templates/zaken/_lijst_resultaten.html); a field the template reads but
# this list lacks costs a query per row, which the query-count test catches.
LIJSTVELDEN = [
    "identificatie",
    "omschrijving",
    "startdatum",
    "einddatum",
    "uiterste_afdoeningsdatum",
    "zaaktype__omschrijving",
    "status__statustype__omschrijving",
    "behandelaar__first_name",
    "behandelaar__last_name",
    "behandelaar__username",
]
_PLAATSHOUDER = {int: 918273645, str: "PLAATSHOUDER-918273645"}


def url_sjabloon(naam: str, soort: type = str) -> Callable[[object], str]:
    """reverse() once per page; the function fills in the one argument per row, quoted as
    reverse() quotes it. A 25-row page spends more on reverse() per row than on its query."""
    teken = str(_PLAATSHOUDER[soort])
    voor, na = reverse(naam, args=[teken]).split(teken, 1)
    return lambda waarde: f"{voor}{quote(str(waarde), safe=RFC3986_SUBDELIMS + '/~:@')}{na}"


def termijn(datum: datetime.date | None) -> dict | None:
    """What includes/termijn_label.html shows for an open item, computed once per row in
    Python: in a 25-row list that include (urgentie filter, date filter) was half the
    rendering time. The row template repeats the include's markup with these values."""
    if datum is None:
        return None
    return {**urgentie(datum), "datum": datum.strftime("%d-%m-%Y")}


def _zoek(qs, q: str):
    """Simple contains-search until the full-text search (issue 9) lands."""
    q = q.strip()
    if not q:
        return qs
    return qs.filter(
        Q(identificatie__icontains=q)
        | Q(omschrijving__icontains=q)
        | Q(verzoeknummer=q)
        | Exists(Locatie.objects.filter(zaak=OuterRef("pk"), omschrijving__icontains=q))
        | Exists(Betrokkene.objects.filter(zaak=OuterRef("pk"), naam__icontains=q))
    )


def _filter(qs, data: dict, user):
    if data.get("zaaktype"):
        qs = qs.filter(zaaktype__identificatie=data["zaaktype"])
    if data.get("status"):
        qs = qs.filter(status__statustype__omschrijving=data["status"])
    behandelaar = data.get("behandelaar")
    if behandelaar == "mij":
        qs = qs.filter(behandelaar=user)
    elif behandelaar == "geen":
        qs = qs.filter(behandelaar__isnull=True)
    elif behandelaar:
        qs = qs.filter(behandelaar_id=behandelaar)
    afgesloten = data.get("afgesloten")
    if afgesloten == "ja":
        qs = qs.filter(einddatum__isnull=False)
    elif afgesloten != "alle":
        qs = qs.filter(einddatum__isnull=True)
    vandaag = timezone.localdate()
    termijn = data.get("termijn")
    if termijn == "verlopen":
        qs = qs.filter(uiterste_afdoeningsdatum__lt=vandaag)
    elif termijn in ("week", "maand"):
        dagen = 7 if termijn == "week" else 30
        qs = qs.filter(
            uiterste_afdoeningsdatum__gte=vandaag,
            uiterste_afdoeningsdatum__lte=vandaag + datetime.timedelta(days=dagen),
        )
    sortering = data.get("sortering") or "termijn"
    if sortering == "termijn":
        # Same order as the index zaak_lopend_op_termijn, so the first page needs no sort.
        return qs.order_by(F("uiterste_afdoeningsdatum").asc(nulls_last=True), "id")
    return qs.order_by(sortering, "id")


def _datum(datum: datetime.date | None) -> str:
    return datum.strftime("%d-%m-%Y") if datum else "—"


def _status(zaak: Zaak) -> str:
    if not zaak.einddatum:
        return zaak.status.statustype.omschrijving if zaak.status else "—"
    try:
        return f"Afgehandeld: {zaak.resultaat.resultaattype.omschrijving}"
    except Zaak.resultaat.RelatedObjectDoesNotExist:
        return "Afgehandeld"


def _rijen(zaken) -> list[dict]:
    """The rows as plain dicts: the template language looks up every attribute of a model
    instance by first trying (and failing) a dict lookup, which on 25 rows cost more than
    the page's query. See templates/zaken/_lijst_resultaten.html."""
    detail = url_sjabloon("zaken:detail")
    return [
        {
            "url": detail(zaak.identificatie),
            "identificatie": zaak.identificatie,
            "omschrijving": zaak.omschrijving,
            "zaaktype": zaak.zaaktype.omschrijving,
            "status": _status(zaak),
            "behandelaar": str(zaak.behandelaar) if zaak.behandelaar_id else "—",
            "ontvangen": _datum(zaak.startdatum),
            "termijn": None if zaak.einddatum else termijn(zaak.uiterste_afdoeningsdatum),
            "uiterste_datum": _datum(zaak.uiterste_afdoeningsdatum),
        }
        for zaak in zaken
    ]


@vereist_recht("zaak.lezen")
def zaken_lijst(request):
    lid = lidmaatschap_van(request)
    form = ZaakFilterForm(request.GET or None, organisatie=lid.organisatie)
    data = form.cleaned_data if form.is_valid() else {}
    afgesloten = data.get("afgesloten") in ("ja", "alle")
    velden = LIJSTVELDEN + (["resultaat__resultaattype__omschrijving"] if afgesloten else [])
    zaken = Zaak.objects.voor_lidmaatschap(lid).met_lijstgegevens(afgesloten=afgesloten).only(*velden)
    qs = _filter(zaken, data, request.user)
    qs = _zoek(qs, request.GET.get("q", ""))
    nummer = request.GET.get("pagina")
    pagina = BegrensdePaginator(qs, PER_PAGINA, pagina=nummer, grens=TELGRENS).get_page(nummer)
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {
        "form": form,
        "pagina": pagina,
        "rijen": _rijen(pagina.object_list),
        "querystring": querystring.urlencode(),
        "vandaag": timezone.localdate(),
    }
    template = "zaken/_lijst_resultaten.html" if request.headers.get("HX-Request") else "zaken/lijst.html"
    return render(request, template, context)

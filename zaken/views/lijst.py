import datetime

from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, Q
from django.shortcuts import render
from django.utils import timezone

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken.forms import ZaakFilterForm
from zaken.models import Betrokkene, Locatie, Zaak

PER_PAGINA = 25


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
        return qs.order_by(F("uiterste_afdoeningsdatum").asc(nulls_last=True), "id")
    return qs.order_by(sortering, "id")


@vereist_recht("zaak.lezen")
def zaken_lijst(request):
    lid = lidmaatschap_van(request)
    form = ZaakFilterForm(request.GET or None, organisatie=lid.organisatie)
    data = form.cleaned_data if form.is_valid() else {}
    qs = _filter(Zaak.objects.voor_lidmaatschap(lid).met_lijstgegevens(), data, request.user)
    qs = _zoek(qs, request.GET.get("q", ""))
    pagina = Paginator(qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"form": form, "pagina": pagina, "querystring": querystring.urlencode(), "vandaag": timezone.localdate()}
    template = "zaken/_lijst_resultaten.html" if request.headers.get("HX-Request") else "zaken/lijst.html"
    return render(request, template, context)

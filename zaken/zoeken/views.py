"""Search results (list + map), the map page and its data, and opening a result of another tenant."""

from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from clo.accounts.middleware import SESSION_KEY, lidmaatschap_van, lidmaatschappen_van
from clo.accounts.permissions import vereist_recht
from zaken.zoeken.forms import ZoekFilterForm
from zaken.zoeken.kaart import kaartgegevens
from zaken.zoeken.models import Kaartlaag
from zaken.zoeken.selectors import PER_PAGINA, signalen_voor_zaken, zoek


def _gekozen_lidmaatschap(request, form):
    """The membership whose rules apply: the active tenant, or another tenant of this user
    chosen in the filter — never a tenant the user is not a member of."""
    actief = lidmaatschap_van(request)
    gekozen = form.cleaned_data.get("organisatie") if form.is_valid() else None
    if gekozen:
        return next((lm for lm in lidmaatschappen_van(request) if lm.organisatie_id == gekozen), actief)
    return actief


def _pagina(request) -> int:
    try:
        return max(int(request.GET.get("pagina", 1)), 1)
    except ValueError:
        return 1


@require_GET
@vereist_recht("zaak.zoeken")
def zoeken(request):
    actief = lidmaatschap_van(request)
    if "zaak.lezen" not in actief.rechten and "kcc.inlichtingen" in actief.rechten:
        # The KCC has its own inlichtingen screen with what it may see; not the zaak pages.
        return redirect(f"{reverse('kcc:index')}?{urlencode({'q': request.GET.get('q', '')})}")
    form = ZoekFilterForm(request.GET or None, lid=actief, lidmaatschappen=lidmaatschappen_van(request))
    lid = _gekozen_lidmaatschap(request, form)
    pagina = _pagina(request)
    resultaat = zoek(lid, request.GET.get("q", ""), door=request.user, filters=form.filters(), pagina=pagina)
    signalen = signalen_voor_zaken([r.zaak_id for r in resultaat.rijen])
    rijen = [{"index": r, "zaak": r.zaak, "signalen": signalen.get(r.zaak_id, []),
              "url": _zaak_url(r.zaak, actief, lid)} for r in resultaat.rijen]
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {"form": form, "resultaat": resultaat, "rijen": rijen, "pagina": pagina,
               "querystring": querystring.urlencode(), "q": request.GET.get("q", ""),
               "zoek_organisatie": lid.organisatie, "eerste": (pagina - 1) * PER_PAGINA + 1,
               "laatste": (pagina - 1) * PER_PAGINA + len(rijen)}
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "zoekresultaten":
        return render(request, "zoeken/_resultaten.html", context)
    return render(request, "zoeken/resultaten.html", context)


def _zaak_url(zaak, actief, lid) -> str:
    if lid.organisatie_id == actief.organisatie_id:
        return reverse("zaken:detail", args=[zaak.identificatie])
    return reverse("zoeken:open", args=[lid.organisatie_id, zaak.identificatie])


@require_GET
@vereist_recht("zaak.zoeken")
def kaart(request):
    actief = lidmaatschap_van(request)
    form = ZoekFilterForm(request.GET or None, lid=actief, lidmaatschappen=[actief])
    return render(request, "zoeken/kaart.html", {"form": form, "lagen": Kaartlaag.choices,
                                                 "gekozen_lagen": request.GET.getlist("laag") or Kaartlaag.values})


@require_GET
@vereist_recht("zaak.zoeken")
def kaart_data(request):
    actief = lidmaatschap_van(request)
    form = ZoekFilterForm(request.GET or None, lid=actief, lidmaatschappen=lidmaatschappen_van(request))
    lid = _gekozen_lidmaatschap(request, form)
    if len(request.GET.get("q", "")) > 200:
        return HttpResponseBadRequest("Zoekterm te lang.")
    gegevens = kaartgegevens(lid, request.GET.get("q", ""), door=request.user,
                             filters=form.filters(request.GET.getlist("laag")),
                             url_voor=lambda ident: _url_voor_kaart(ident, actief, lid))
    return JsonResponse(gegevens)


def _url_voor_kaart(identificatie: str, actief, lid) -> str:
    if "zaak.lezen" not in lid.rechten:
        return reverse("kcc:zaak", args=[identificatie])
    if lid.organisatie_id == actief.organisatie_id:
        return reverse("zaken:detail", args=[identificatie])
    return reverse("zoeken:open", args=[lid.organisatie_id, identificatie])


@require_GET
@vereist_recht("zaak.zoeken")
def open_in_organisatie(request, organisatie_id: int, identificatie: str):
    """A result from another of the user's tenants: switch the active tenant, then show it."""
    if not any(lm.organisatie_id == organisatie_id for lm in lidmaatschappen_van(request)):
        raise Http404("Zaak niet gevonden.")
    request.session[SESSION_KEY] = organisatie_id
    return redirect("zaken:detail", identificatie=identificatie)

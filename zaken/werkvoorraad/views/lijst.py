from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken.werkvoorraad import actions, selectors
from zaken.werkvoorraad.forms import WerkvoorraadFilterForm

PER_PAGINA = 25


def _context(request, lid) -> dict:
    form = WerkvoorraadFilterForm(request.GET or None, organisatie=lid.organisatie)
    data = form.cleaned_data if form.is_valid() else {}
    lijst = data.get("lijst") or "mijn"
    qs = selectors.filter_en_sorteer(selectors.taken(lid, request.user, lijst), data)
    pagina = Paginator(qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    return {
        "form": form,
        "pagina": pagina,
        "lijst": lijst,
        "querystring": querystring.urlencode(),
        "tellingen": selectors.tellingen(lid, request.user),
        "notificaties": selectors.ongelezen_notificaties(request.user, lid).count(),
        "mag_verdelen": "werkvoorraad.verdelen" in lid.rechten,
    }


@vereist_recht("werkvoorraad.gebruiken")
def werkvoorraad(request):
    lid = lidmaatschap_van(request)
    context = _context(request, lid)
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "werkvoorraad-resultaten":
        return render(request, "werkvoorraad/_resultaten.html", context)
    return render(request, "werkvoorraad/werkvoorraad.html", context)


def _terug(request, fallback: str = "werkvoorraad:index"):
    volgende = request.POST.get("volgende", "")
    if volgende.startswith("/") and not volgende.startswith("//"):
        return redirect(volgende)
    return redirect(fallback)


@require_POST
@vereist_recht("werkvoorraad.gebruiken")
def oppakken(request, pk: int):
    lid = lidmaatschap_van(request)
    try:
        task = actions.pak_op(pk, door=request.user, lidmaatschap=lid)
    except actions.TaakFout as exc:
        messages.error(request, str(exc))
        return _terug(request)
    messages.success(request, f"U heeft de taak '{task.kenmerk.titel}' opgepakt.")
    if request.POST.get("direct"):
        return redirect("werkvoorraad:taak", pk=pk)
    return _terug(request)


@require_POST
@vereist_recht("werkvoorraad.gebruiken")
def vrijgeven(request, pk: int):
    lid = lidmaatschap_van(request)
    try:
        actions.geef_vrij(pk, door=request.user, lidmaatschap=lid, reden=request.POST.get("reden", ""))
    except actions.TaakFout as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "De taak staat weer in de teamvoorraad.")
    return _terug(request)

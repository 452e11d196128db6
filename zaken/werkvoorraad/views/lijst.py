from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken.querysets import BegrensdePaginator, telling_tekst
from zaken.werkvoorraad import actions, gecompileerd, selectors
from zaken.werkvoorraad.forms import WerkvoorraadFilterForm
from zaken.werkvoorraad.views.rijen import maak_rijen

PER_PAGINA = 25


def _context(request, lid) -> dict:
    form = WerkvoorraadFilterForm(request.GET or None, organisatie=lid.organisatie)
    data = form.cleaned_data if form.is_valid() else {}
    lijst = data.get("lijst") or "mijn"
    vandaag = timezone.localdate()
    wachtrijen = selectors.wachtrij_voorwaarden(lid, request.user)
    tellingen = gecompileerd.tellingen(wachtrijen, selectors.ongelezen_voorwaarde(request.user, lid), vandaag)
    voorwaarde = wachtrijen[lijst]
    if voorwaarde is not None:
        voorwaarde &= selectors.filter_voorwaarde(data, vandaag)
    sortering = selectors.volgorde(data)
    nummer = request.GET.get("pagina")
    pagina = BegrensdePaginator(
        selectors.in_volgorde(voorwaarde, sortering),
        PER_PAGINA,
        pagina=nummer,
        grens=selectors.TELGRENS,
        geteld=selectors.telling_voor_lijst(tellingen, lijst, data),
    ).get_page(nummer)
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    mag_verdelen = "werkvoorraad.verdelen" in lid.rechten
    begin = pagina.start_index() - 1 if pagina.paginator.count else 0
    return {
        "form": form,
        "pagina": pagina,
        "rijen": maak_rijen(
            gecompileerd.rijen(voorwaarde, sortering, begin, pagina.end_index()),
            lijst=lijst,
            mag_verdelen=mag_verdelen,
            rollen=set(lid.rollen),
        ),
        "lijst": lijst,
        "querystring": querystring.urlencode(),
        "volgende": request.get_full_path(),
        "tellingen": {naam: telling_tekst(aantal, selectors.TELGRENS) for naam, aantal in tellingen.items()},
        "mag_verdelen": mag_verdelen,
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

from django.shortcuts import render

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken import selectors
from zaken.tabs import banners_voor, tabs_voor


@vereist_recht("zaak.lezen")
def zaak_detail(request, identificatie: str):
    lid = lidmaatschap_van(request)
    zaak = selectors.zaak_voor_request(request, identificatie)
    tabs = tabs_voor(zaak, lid.rechten)
    gekozen = next((t for t in tabs if t.code == request.GET.get("tab")), tabs[0])
    context = {"zaak": zaak, "tab": gekozen, "tabs": tabs, "lidmaatschap": lid, "banners": banners_voor(zaak)}
    if gekozen.context:
        context.update(gekozen.context(request, zaak, lid))
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "tab-inhoud":
        return render(request, gekozen.template, context)
    return render(request, "zaken/detail.html", context)

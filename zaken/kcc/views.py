"""KCC inlichtingen: its own screens (the KCC has no right 'zaak.lezen', so never the zaak page)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken.actions.zaak import ZaakFout
from zaken.kcc import selectors
from zaken.kcc.actions import registreer_contactmoment
from zaken.kcc.forms import AlgemeneVraagForm, ContactmomentFilterForm, ContactmomentForm, KccZoekForm
from zaken.kcc.models import Contactmoment
from zaken.kcc.privacy import DOEL, log_inzage_aanvragers
from zaken.models import Zaak
from zaken.zoeken.selectors import zoek

MAX_RESULTATEN = 30


@vereist_recht("kcc.inlichtingen")
def index(request):
    lid = lidmaatschap_van(request)
    form = KccZoekForm(request.GET or None)
    q = form.cleaned_data["q"] if form.is_valid() else ""
    context = {"form": form, "q": q, "zaken": [], "historie": [], "melding": ""}
    if q:
        resultaat = zoek(lid, q, door=request.user, per_pagina=MAX_RESULTATEN, doel=DOEL, bsn_recht="kcc.inlichtingen")
        alle = selectors.kcc_zaken(lid, [r.zaak_id for r in resultaat.rijen])
        context.update(melding=resultaat.melding, meer=resultaat.meer,
                       zaken=[kz for kz in alle if not kz.afgesloten])
        if resultaat.opdracht.soort == "adres" and len(resultaat.opdracht.sleutel) > 6:
            context["historie"] = selectors.vergunninghistorie(lid, [resultaat.opdracht.sleutel])
        else:
            context["historie"] = [selectors.als_historie(kz) for kz in alle if kz.afgesloten]
    return render(request, "kcc/index.html", context)


@vereist_recht("kcc.inlichtingen")
def zaak(request, identificatie: str):
    lid = lidmaatschap_van(request)
    kz = selectors.kcc_zaak(lid, identificatie)
    log_inzage_aanvragers(request, lid, kz)
    context = {
        "kz": kz,
        "historie": selectors.vergunninghistorie(lid, selectors.adressleutels_van(kz), zonder=kz.zaak_id),
        "contactmomenten": Contactmoment.objects.filter(zaak_id=kz.zaak_id).order_by("-tijdstip")[:20],
        "form": ContactmomentForm(),
        "mag_registreren": "contactmoment.registreren" in lid.rechten,
    }
    return render(request, "kcc/zaak.html", context)


@require_POST
@vereist_recht("contactmoment.registreren")
def contactmoment(request, identificatie: str):
    lid = lidmaatschap_van(request)
    kz = selectors.kcc_zaak(lid, identificatie)  # 404 for a zaak this user may not see
    form = ContactmomentForm(request.POST)
    if form.is_valid():
        try:
            registreer_contactmoment(organisatie=lid.organisatie, door=request.user,
                                     zaak=Zaak.objects.select_related("behandelaar").get(pk=kz.zaak_id),
                                     **form.cleaned_data)
        except ZaakFout as fout:
            messages.error(request, str(fout))
        else:
            messages.success(request, "Het contactmoment is geregistreerd.")
            return redirect("kcc:zaak", identificatie=identificatie)
    else:
        messages.error(request, "Het contactmoment is niet geregistreerd: vul de vraag in.")
    return redirect("kcc:zaak", identificatie=identificatie)


PER_PAGINA = 25


@vereist_recht("kcc.inlichtingen")
def contactmomenten(request):
    """The organisatie's contactmomenten, newest first, including general questions without a
    zaak; KCC staff register such a question here (a question about a zaak goes via the zaak)."""
    lid = lidmaatschap_van(request)
    mag_registreren = "contactmoment.registreren" in lid.rechten
    vraag_form = AlgemeneVraagForm()
    if request.method == "POST":
        if not mag_registreren:
            raise PermissionDenied
        vraag_form = AlgemeneVraagForm(request.POST)
        if vraag_form.is_valid():
            try:
                registreer_contactmoment(organisatie=lid.organisatie, door=request.user, **vraag_form.cleaned_data)
            except ZaakFout as fout:
                messages.error(request, str(fout))
            else:
                messages.success(request, "De vraag is geregistreerd.")
                return redirect("kcc:contactmomenten")
        else:
            messages.error(request, "De vraag is niet geregistreerd: vul de vraag in.")
    filters = ContactmomentFilterForm(request.GET or None, auto_id="filter_%s")  # ids differ from the vraag form
    keuze = filters.cleaned_data if filters.is_valid() else {}
    rijen = Contactmoment.objects.filter(organisatie=lid.organisatie).select_related("zaak")
    if keuze.get("zaak") == "zonder":
        rijen = rijen.filter(zaak__isnull=True)
    elif keuze.get("zaak") == "met":
        rijen = rijen.filter(zaak__isnull=False)
    if keuze.get("kanaal"):
        rijen = rijen.filter(kanaal=keuze["kanaal"])
    if keuze.get("mijn"):
        rijen = rijen.filter(medewerker=request.user)
    pagina = Paginator(rijen.order_by("-tijdstip", "-id"), PER_PAGINA).get_page(request.GET.get("pagina"))
    querystring = request.GET.copy()
    querystring.pop("pagina", None)
    context = {
        "filters": filters,
        "pagina": pagina,
        "querystring": querystring.urlencode(),
        "vraag_form": vraag_form,
        "mag_registreren": mag_registreren,
    }
    return render(request, "kcc/contactmomenten.html", context)

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken import selectors
from zaken.brieven.actions import BriefFout, maak_brief, maak_brief_definitief, start_batch
from zaken.brieven.models import BatchOpdracht, Brief, BriefSjabloon
from zaken.models import Zaak


def tab_context(request, zaak, lid) -> dict:
    zichtbaar = selectors.documenten_van(zaak, lid).values_list("pk", flat=True)
    return {
        "sjablonen": BriefSjabloon.objects.filter(organisatie=zaak.organisatie, actief=True).order_by("naam"),
        "brieven": Brief.objects.filter(zaak=zaak, document_id__in=zichtbaar)
        .select_related("document__laatste_versie", "sjabloon")
        .order_by("-aangemaakt_op"),
        "mag_behandelen": "zaak.behandelen" in lid.rechten and not zaak.is_afgesloten,
    }


def _tab(zaak) -> str:
    return reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=brieven"


@require_POST
@vereist_recht("zaak.behandelen")
def brief_maken(request, identificatie: str):
    zaak = selectors.zaak_voor_request(request, identificatie)
    try:
        document = maak_brief(zaak, request.POST.get("sjabloon", ""), door=request.user)
        messages.success(request, f"Concept '{document.titel}' is gemaakt (versie {document.laatste_versie.versie}).")
    except BriefFout as exc:
        messages.error(request, f"De brief is niet gemaakt: {exc}")
    return redirect(_tab(zaak))


@require_POST
@vereist_recht("zaak.behandelen")
def brief_definitief(request, identificatie: str, uuid):
    zaak = selectors.zaak_voor_request(request, identificatie)
    brief = get_object_or_404(Brief.objects.select_related("document"), zaak=zaak, document__uuid=uuid)
    try:
        maak_brief_definitief(brief.document, door=request.user)
        messages.success(request, f"'{brief.document.titel}' is definitief en kan niet meer veranderen.")
    except BriefFout as exc:
        messages.error(request, str(exc))
    return redirect(_tab(zaak))


@vereist_recht("zaak.behandelen")
def batch_nieuw(request):
    lid = lidmaatschap_van(request)
    sjablonen = BriefSjabloon.objects.filter(organisatie=lid.organisatie, actief=True).order_by("naam")
    if request.method == "POST":
        sjabloon = get_object_or_404(sjablonen, pk=request.POST.get("sjabloon") or 0)
        nummers = request.POST.get("zaaknummers", "").replace(",", " ").split()
        zaken = list(Zaak.objects.voor_gebruiker(request).filter(identificatie__in=nummers))
        onbekend = sorted(set(nummers) - {z.identificatie for z in zaken})
        if onbekend:
            messages.error(request, f"Deze zaaknummers zijn niet gevonden: {', '.join(onbekend)}.")
        else:
            try:
                batch = start_batch(sjabloon, zaken, door=request.user)
                return redirect("brieven:batch", pk=batch.pk)
            except BriefFout as exc:
                messages.error(request, str(exc))
    return render(
        request,
        "brieven/batch_nieuw.html",
        {"sjablonen": sjablonen, "zaaknummers": request.POST.get("zaaknummers", "")},
    )


def _batch(request, pk: int) -> BatchOpdracht:
    lid = lidmaatschap_van(request)
    batch = BatchOpdracht.objects.select_related("sjabloon").filter(pk=pk, organisatie=lid.organisatie).first()
    if batch is None:
        raise Http404("Batch niet gevonden.")
    return batch


@vereist_recht("zaak.behandelen")
def batch_detail(request, pk: int):
    return render(request, "brieven/batch.html", {"batch": _batch(request, pk)})


@vereist_recht("zaak.behandelen")
def batch_voortgang(request, pk: int):
    return render(request, "brieven/_batch_voortgang.html", {"batch": _batch(request, pk)})

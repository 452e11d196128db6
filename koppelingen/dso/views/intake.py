"""The Intake screen for functioneel beheer: received messages, reasons, raw XML, retry, triage."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from clo.audit.log import log_gebeurtenis

from ..models import Bericht, BerichtStatus
from ..services.ontvangst import opnieuw_verwerken
from ..services.verwerking import zaken_van
from .triage import triage_context, verwerk_triage

RECHT = "intake.beheren"


def berichten_voor(lid):
    """This tenant's messages, plus those no tenant could be determined for (unreadable, unknown OIN)."""
    return Bericht.objects.filter(Q(organisatie=lid.organisatie) | Q(organisatie__isnull=True))


def _bericht(request, pk: int) -> Bericht:
    try:
        return berichten_voor(lidmaatschap_van(request)).get(pk=pk)
    except Bericht.DoesNotExist as exc:
        raise Http404("Bericht niet gevonden.") from exc


@vereist_recht(RECHT)
def lijst(request):
    lid = lidmaatschap_van(request)
    qs = berichten_voor(lid).defer("inhoud").select_related("organisatie")
    status = request.GET.get("status", "")
    if status == "aandacht":
        qs = qs.filter(status__in=[BerichtStatus.FOUT, BerichtStatus.TRIAGE])
    elif status in BerichtStatus.values:
        qs = qs.filter(status=status)
    pagina = Paginator(qs.order_by("-ontvangen_op", "-id"), 50).get_page(request.GET.get("pagina"))
    aandacht = berichten_voor(lid).filter(status__in=[BerichtStatus.FOUT, BerichtStatus.TRIAGE]).count()
    return render(
        request,
        "dso/intake_lijst.html",
        {
            "pagina": pagina,
            "status": status,
            "statussen": BerichtStatus.choices,
            "aandacht": aandacht,
        },
    )


@vereist_recht(RECHT)
def detail(request, pk: int):
    bericht = _bericht(request, pk)
    context = {
        "bericht": bericht,
        "bijlagen": bericht.bijlagen.select_related("zaak", "document"),
        "zaken": zaken_van(bericht),
    }
    if bericht.status == BerichtStatus.TRIAGE:
        context.update(triage_context(bericht))
    return render(request, "dso/intake_detail.html", context)


@vereist_recht(RECHT)
def download_xml(request, pk: int):
    bericht = _bericht(request, pk)
    if bericht.organisatie_id:
        log_gebeurtenis(
            organisatie=bericht.organisatie,
            door=request.user,
            actie="dso.bericht_gedownload",
            obj=bericht,
            omschrijving=f"DSO-bericht {bericht} gedownload.",
        )
    response = HttpResponse(bytes(bericht.inhoud), content_type="application/octet-stream")
    naam = f"{bericht.verzoeknummer or 'bericht'}-{bericht.volgnummer or bericht.sha256[:8]}.xml"
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response


@require_POST
@vereist_recht(RECHT)
def opnieuw(request, pk: int):
    bericht = _bericht(request, pk)
    if bericht.status in (BerichtStatus.VERWERKT, BerichtStatus.GENEGEERD):
        messages.warning(request, "Dit bericht is al afgehandeld en wordt niet opnieuw verwerkt.")
    else:
        opnieuw_verwerken(bericht)
        messages.success(request, "Het bericht wordt opnieuw verwerkt. Ververs de pagina voor het resultaat.")
    return redirect(reverse("dso:intake-detail", args=[bericht.pk]))


@require_POST
@vereist_recht(RECHT)
def triage(request, pk: int):
    bericht = _bericht(request, pk)
    if bericht.status != BerichtStatus.TRIAGE:
        raise Http404("Dit bericht staat niet in de triage.")
    fout = verwerk_triage(bericht, request.POST, request.user, lidmaatschap_van(request).organisatie)
    if fout:
        messages.error(request, fout)
    else:
        messages.success(request, "Zaaktype gekozen; het bericht wordt verwerkt.")
    return redirect(reverse("dso:intake-detail", args=[bericht.pk]))

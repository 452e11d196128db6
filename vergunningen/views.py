from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from clo.accounts.permissions import vereist_recht
from vergunningen import actions
from vergunningen.forms import IntrekkenForm, VerlengenForm
from zaken import selectors
from zaken.actions import ZaakFout


def _naar_proces(zaak):
    return redirect(reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=proces")


def _fouten(form) -> str:
    return " ".join(e for errors in form.errors.values() for e in errors)


@require_POST
@vereist_recht("zaak.behandelen")
def intrekken(request, identificatie: str):
    zaak = selectors.zaak_voor_request(request, identificatie)
    form = IntrekkenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _fouten(form))
        return _naar_proces(zaak)
    try:
        actions.trek_in(zaak, door=request.user, reden=form.cleaned_data["reden"])
    except ZaakFout as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "De aanvraag is ingetrokken; de zaak is afgesloten.")
    return _naar_proces(zaak)


@require_POST
@vereist_recht("zaak.behandelen")
def verlengen(request, identificatie: str):
    zaak = selectors.zaak_voor_request(request, identificatie)
    form = VerlengenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _fouten(form))
        return _naar_proces(zaak)
    try:
        actions.verleng_termijn(
            zaak, door=request.user, reden=form.cleaned_data["reden"], besloten_op=form.cleaned_data["besloten_op"]
        )
    except ZaakFout as exc:
        messages.error(request, str(exc))
    else:
        zaak.refresh_from_db()
        messages.success(
            request, f"Termijn verlengd; nieuwe uiterste afdoeningsdatum {zaak.uiterste_afdoeningsdatum:%d-%m-%Y}."
        )
    return _naar_proces(zaak)

"""Zaak tab "Samenwerken": adviesverzoeken to ketenpartners via DSO samenwerken."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken import selectors
from zaken.actions import ZaakFout
from zaken.tabs import ZaakTab

from ..dso.models import Actieverzoek, Ketenpartner, SwfKoppeling
from .services import vraag_advies_via_swf


class AdviesverzoekForm(forms.Form):
    ketenpartner = forms.ModelChoiceField(queryset=Ketenpartner.objects.none(), label="Ketenpartner")
    vraag = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Adviesvraag")
    deadline = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), label="Uiterste reactiedatum")
    documenten = forms.ModelMultipleChoiceField(
        queryset=None, required=False, widget=forms.CheckboxSelectMultiple, label="Mee te sturen documenten"
    )

    def __init__(self, *args, zaak, lid, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ketenpartner"].queryset = Ketenpartner.objects.filter(organisatie=zaak.organisatie, actief=True)
        self.fields["documenten"].queryset = selectors.documenten_van(zaak, lid).filter(vervallen=False)
        self.fields["documenten"].label_from_instance = lambda d: d.titel
        self.initial.setdefault("deadline", datetime.date.today() + datetime.timedelta(days=14))


def context(request, zaak, lid) -> dict:
    return {
        "actieverzoeken": Actieverzoek.objects.filter(samenwerking__zaak=zaak).order_by("-aangemaakt_op"),
        "swf_form": AdviesverzoekForm(zaak=zaak, lid=lid),
        "mag_vragen": "zaak.behandelen" in lid.rechten and not zaak.is_afgesloten,
    }


TAB = ZaakTab(
    "samenwerken",
    "Samenwerken",
    "dso/tab_samenwerken.html",
    context,
    recht="zaak.lezen",
    volgorde=65,
    toon=lambda zaak: SwfKoppeling.objects.filter(organisatie_id=zaak.organisatie_id, actief=True).exists(),
)


@require_POST
@vereist_recht("zaak.behandelen")
def adviesverzoek(request, identificatie: str):
    lid = lidmaatschap_van(request)
    zaak = selectors.zaak_voor_request(request, identificatie)
    form = AdviesverzoekForm(request.POST, zaak=zaak, lid=lid)
    if not form.is_valid():
        fouten = "; ".join(m for msgs in form.errors.values() for m in msgs)
        messages.error(request, f"Het adviesverzoek is niet verstuurd: {fouten}")
    else:
        d = form.cleaned_data
        try:
            vraag_advies_via_swf(
                zaak,
                ketenpartner=d["ketenpartner"],
                vraag=d["vraag"],
                deadline=d["deadline"],
                documenten=d["documenten"],
                door=request.user,
            )
        except ZaakFout as exc:
            messages.error(request, f"Het adviesverzoek is niet verstuurd: {exc}")
        else:
            messages.success(request, f"Het adviesverzoek aan {d['ketenpartner']} wordt verstuurd via DSO samenwerken.")
    return redirect(reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=samenwerken")

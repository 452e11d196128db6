"""Verwerkingenlogging for auditors: who processed which personal data, when and why.

Only the active tenant's rows; BSNs masked for roles without "betrokkene.bsn_inzien" (a
search on a full BSN still works). Searching on a BSN is itself logged: it is a look at that
person's data.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from django import forms
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from clo.audit.log import log_gebeurtenis, log_verwerking
from clo.audit.models import Verwerking
from zaken.privacy import VERWERKINGSACTIVITEIT_ZAAKBEHANDELING

from ..privacy import mag_bsn_zien, masker_bsn

ACTIES = [("", "Alle"), ("Opvragen", "Opvragen"), ("Inzien", "Inzien"), ("Wijzigen", "Wijzigen")]


class FilterForm(forms.Form):
    van = forms.DateField(required=False, label="Van", widget=forms.DateInput(attrs={"type": "date"}))
    tot = forms.DateField(required=False, label="Tot en met", widget=forms.DateInput(attrs={"type": "date"}))
    gebruiker = forms.CharField(required=False, label="Gebruiker (naam)", max_length=100)
    object_id = forms.CharField(required=False, label="BSN of object-id", max_length=40)
    actie = forms.ChoiceField(required=False, label="Actie", choices=ACTIES)
    verwerking = forms.CharField(required=False, label="Handeling of verwerking bevat", max_length=100)


def _gefilterd(request, lid):
    form = FilterForm(request.GET or None)
    qs = Verwerking.objects.filter(organisatie=lid.organisatie)
    if form.is_valid():
        d = form.cleaned_data
        if d["van"]:
            qs = qs.filter(tijdstip__date__gte=d["van"])
        if d["tot"]:
            qs = qs.filter(tijdstip__date__lte=d["tot"])
        if d["gebruiker"]:
            qs = qs.filter(gebruiker_naam__icontains=d["gebruiker"])
        if d["object_id"]:
            qs = qs.filter(object_id=d["object_id"].strip())
        if d["actie"]:
            qs = qs.filter(actie_naam=d["actie"])
        if d["verwerking"]:
            from django.db.models import Q

            qs = qs.filter(Q(handeling_naam__icontains=d["verwerking"]) | Q(verwerking_naam__icontains=d["verwerking"]))
    return form, qs.order_by("-tijdstip", "-id")


def _object(v: Verwerking, bsn_zien: bool) -> str:
    return v.object_id if (bsn_zien or v.soort_object_id != "BSN") else masker_bsn(v.object_id)


def _log_zoekvraag(request, lid, form) -> None:
    object_id = form.cleaned_data.get("object_id", "").strip() if form.is_valid() else ""
    if object_id:
        log_verwerking(
            organisatie=lid.organisatie,
            door=request.user,
            actie_naam="Inzien",
            handeling="Verwerkingenlogging raadplegen voor een persoon",
            verwerking="Toezicht op verwerkingen (AVG)",
            activiteit_id=VERWERKINGSACTIVITEIT_ZAAKBEHANDELING,
            doel="Controle op rechtmatige verwerking",
            soort_object_id="BSN" if object_id.isdigit() and len(object_id) == 9 else "object",
            object_id=object_id,
        )


@vereist_recht("audit.inzien")
def lijst(request):
    lid = lidmaatschap_van(request)
    form, qs = _gefilterd(request, lid)
    _log_zoekvraag(request, lid, form)
    pagina = Paginator(qs, 50).get_page(request.GET.get("pagina"))
    bsn_zien = mag_bsn_zien(lid)
    for v in pagina.object_list:
        v.object_weergave = _object(v, bsn_zien)
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request, "basisregistraties/verwerkingen.html", {"form": form, "pagina": pagina, "query": query.urlencode()}
    )


KOLOMMEN = [
    "tijdstip",
    "gebruiker",
    "actie",
    "handeling",
    "verwerking",
    "verwerkingsactiviteit",
    "doel",
    "gegevensbron",
    "soort object-id",
    "object-id",
    "betrokkenheid",
    "soorten gegevens",
    "zaak-id",
    "vertrouwelijkheid",
    "bewaartermijn",
    "uitvoerder (OIN)",
    "systeem",
]


class _Echo:
    def write(self, waarde: str) -> str:
        return waarde


def _regels(qs, bsn_zien: bool) -> Iterator[str]:
    schrijver = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff" + schrijver.writerow(KOLOMMEN)  # BOM: Excel opens UTF-8 with diacritics intact
    for v in qs.iterator(chunk_size=2000):
        yield schrijver.writerow(
            [
                timezone.localtime(v.tijdstip).isoformat(timespec="seconds"),
                v.gebruiker_naam,
                v.actie_naam,
                v.handeling_naam,
                v.verwerking_naam,
                v.verwerkingsactiviteit_id,
                v.doel,
                v.gegevensbron,
                v.soort_object_id,
                _object(v, bsn_zien),
                v.betrokkenheid,
                ", ".join(v.verwerkte_soorten_gegevens or []),
                v.zaak_id or "",
                v.vertrouwelijkheid,
                v.bewaartermijn,
                v.uitvoerder_oin,
                v.systeem,
            ]
        )


@vereist_recht("audit.inzien")
def export_csv(request):
    lid = lidmaatschap_van(request)
    form, qs = _gefilterd(request, lid)
    _log_zoekvraag(request, lid, form)
    log_gebeurtenis(
        organisatie=lid.organisatie,
        door=request.user,
        actie="verwerkingen.geexporteerd",
        omschrijving="Verwerkingenlogging geëxporteerd (CSV).",
        data={k: v for k, v in request.GET.items() if k != "object_id"},
    )
    response = StreamingHttpResponse(_regels(qs, mag_bsn_zien(lid)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="verwerkingen-{timezone.localdate():%Y%m%d}.csv"'
    return response

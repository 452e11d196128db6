"""Plannen: give controles a date and a toezichthouder, and order the day's route."""

import json

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_date

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.models import Medewerker
from clo.accounts.permissions import vereist_recht
from toezicht import selectors
from toezicht.actions.controles import plan_controle
from toezicht.forms import PlanForm
from toezicht.fouten import ToezichtFout
from toezicht.models import Controle, ControleStatus
from toezicht.planning import route_volgorde


def toezichthouders(organisatie):
    return Medewerker.objects.filter(
        lidmaatschappen__organisatie=organisatie,
        lidmaatschappen__actief=True,
        lidmaatschappen__rollen__contains=["toezichthouder"],
    ).order_by("last_name")


@vereist_recht("toezicht.uitvoeren")
def planning(request):
    lid = lidmaatschap_van(request)
    datum = parse_date(request.GET.get("datum", "")) or timezone.localdate()
    mensen = list(toezichthouders(lid.organisatie))
    gekozen = next((m for m in mensen if str(m.pk) == request.GET.get("toezichthouder")), None) or next(
        (m for m in mensen if m.pk == request.user.pk), mensen[0] if mensen else None
    )
    basis = selectors.controles_voor(lid).select_related("zaak", "object", "toezichthouder")
    if request.method == "POST":
        return _verwerk(request, lid, basis, mensen, datum, gekozen)
    dag = list(basis.filter(datum=datum, toezichthouder=gekozen).order_by("volgorde", "id")) if gekozen else []
    open_ = (
        basis.filter(status=ControleStatus.GEPLAND)
        .exclude(datum=datum, toezichthouder=gekozen)
        .order_by("datum", "id")[:50]
    )
    punten = [
        {"lat": c.object.lat, "lon": c.object.lon, "label": f"{i}. {c.object.adres}"}
        for i, c in enumerate(dag, start=1)
        if c.object and c.object.lat is not None
    ]
    return render(
        request,
        "toezicht/planning.html",
        {
            "datum": datum,
            "mensen": mensen,
            "gekozen": gekozen,
            "dag": dag,
            "open": [
                (
                    c,
                    PlanForm(
                        initial={"controle": c.pk, "datum": datum, "toezichthouder": getattr(gekozen, "pk", None)},
                        toezichthouders=mensen,
                        prefix=f"c{c.pk}",
                    ),
                )
                for c in open_
            ],
            "punten": json.dumps(punten),
            "kaart_tegels": settings.LEAFLET_CONFIG.get("TILES", ""),
        },
    )


def _verwerk(request, lid, basis, mensen, datum, gekozen):
    terug = f"{request.path}?datum={datum.isoformat()}&toezichthouder={getattr(gekozen, 'pk', '')}"
    if request.POST.get("actie") == "route" and gekozen:
        dag = list(basis.filter(datum=datum, toezichthouder=gekozen))
        volgorde = route_volgorde([(c.pk, getattr(c.object, "lat", None), getattr(c.object, "lon", None)) for c in dag])
        with transaction.atomic():
            for plaats, pk in enumerate(volgorde, start=1):
                Controle.objects.filter(pk=pk).update(volgorde=plaats)
        messages.success(request, "De route is opnieuw geordend op afstand.")
        return redirect(terug)
    pk = request.POST.get("controle", "")
    form = PlanForm(request.POST, toezichthouders=mensen, prefix=f"c{pk}")
    controle = basis.filter(pk=pk).first() if pk.isdigit() else None
    if controle is None or not form.is_valid():
        messages.error(request, "Kies een geldige datum en toezichthouder.")
        return redirect(terug)
    wie = next(m for m in mensen if str(m.pk) == form.cleaned_data["toezichthouder"])
    try:
        volgende = basis.filter(datum=form.cleaned_data["datum"], toezichthouder=wie).count() + 1
        plan_controle(
            controle, datum=form.cleaned_data["datum"], toezichthouder=wie, door=request.user, volgorde=volgende
        )
        messages.success(
            request, f"{controle.zaak.identificatie} gepland op {form.cleaned_data['datum']:%d-%m-%Y} voor {wie}."
        )
    except ToezichtFout as exc:
        messages.error(request, str(exc))
    return redirect(terug)

"""Koppelingen status page for functioneel beheer: health per registration and a connection test."""

from __future__ import annotations

from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht

from ...errors import KoppelingFout, NietGevonden
from .. import status
from ..clients import client_voor
from ..models import KORTE_NAAM, Registratiekoppeling, Soort, Verrijking, VerrijkingStatus
from ..privacy import log_brp_opvraging

# Cheap, harmless questions with a known answer; RvIG test BSN and KVK's published test number.
TEST_BSN = "999993653"


def _test(soort: str, request) -> str:
    # A connection test must really connect: no circuit, no cached answer.
    client = client_voor(soort, negeer_circuit=True, zonder_cache=True)
    if soort == Soort.BAG:
        aantal = len(client.zoek_adressen("9101KE", 3))
        return f"De BAG antwoordt ({aantal} adressen bij 9101 KE 3)."
    if soort == Soort.BRK:
        aantal = len(client.zoek_onroerende_zaken(postcode="9101KE", huisnummer=3))
        return f"De BRK antwoordt ({aantal} kadastrale objecten bij 9101 KE 3)."
    if soort == Soort.BRP:
        log_brp_opvraging(
            organisatie=lidmaatschap_van(request).organisatie,
            door=request.user,
            bsn=TEST_BSN,
            doel="Verbindingstest koppeling BRP (testpersoon)",
            handeling="Verbinding met de BRP testen",
        )
        client.raadpleeg([TEST_BSN], ["burgerservicenummer"])
        return "De BRP antwoordt."
    resultaat = client.zoeken(kvk_nummer="68750110")
    return f"Het Handelsregister antwoordt ({resultaat.totaal} resultaten)."


@vereist_recht("koppelingen.beheren")
def status_pagina(request):
    koppelingen = {k.soort: k for k in Registratiekoppeling.objects.select_related("service")}
    ontbrekend = dict(
        Verrijking.objects.filter(
            status=VerrijkingStatus.ONTBREEKT, zaak__organisatie=lidmaatschap_van(request).organisatie
        )
        .values_list("soort")
        .annotate(n=Count("id"))
    )
    rijen = [
        {"o": o, "koppeling": koppelingen.get(o.soort), "ontbrekend": ontbrekend.get(o.soort, 0)}
        for o in status.overzicht()
    ]
    return render(request, "basisregistraties/status.html", {"rijen": rijen})


@require_POST
@vereist_recht("koppelingen.beheren")
def test_verbinding(request, soort: str):
    if soort not in Soort.values:
        raise Http404("Onbekende koppeling.")
    try:
        melding, gelukt = _test(soort, request), True
    except NietGevonden:
        melding, gelukt = f"De {KORTE_NAAM[soort]} antwoordt (testobject niet gevonden, verbinding werkt).", True
    except KoppelingFout as fout:
        melding, gelukt = f"{fout.melding} ({fout.detail})" if fout.detail else fout.melding, False
    return render(
        request, "basisregistraties/_testresultaat.html", {"melding": melding, "gelukt": gelukt, "soort": soort}
    )

"""Address search for registration forms: postcode + huisnummer, and free text (autocomplete).

JSON for static/basisregistraties/adres_zoeken.js. BAG data are open data: any logged-in member
of a tenant may search; answers are cached briefly by the BAG client.
"""

from __future__ import annotations

import re

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from clo.accounts.permissions import vereist_recht

from ...bag.mapping import Adres
from ...errors import KoppelingFout
from ..adresherkenning import normaliseer_postcode
from ..clients import client_voor

POSTCODE = re.compile(r"^\d{4}[A-Z]{2}$")


def _json(adres: Adres) -> dict:
    return {
        "nummeraanduiding_id": adres.nummeraanduiding_id,
        "weergave": adres.weergave,
        "adres": adres.adresregel5,
        "postcode": adres.postcode or "",
        "woonplaats": adres.woonplaats,
    }


def _fout(melding: str, status: int) -> JsonResponse:
    return JsonResponse({"adressen": [], "melding": melding}, status=status)


def _antwoord(adressen: list[Adres]) -> JsonResponse:
    melding = "" if adressen else "Geen adres gevonden. Controleer de invoer of zoek op straatnaam."
    return JsonResponse({"adressen": [_json(a) for a in adressen], "melding": melding})


def _koppelingfout(fout: KoppelingFout) -> JsonResponse:
    return _fout(fout.melding + " U kunt het adres ook met de hand invullen.", 503 if fout.retryable else 502)


@require_GET
@vereist_recht()
def op_postcode(request):
    postcode = normaliseer_postcode(request.GET.get("postcode", ""))
    huisnummer = request.GET.get("huisnummer", "").strip()
    toevoeging = re.sub(r"[\s-]", "", request.GET.get("toevoeging", "")).upper()
    if not POSTCODE.match(postcode):
        return _fout("Vul een postcode in als 1234 AB.", 400)
    if not huisnummer.isdigit() or not 0 < int(huisnummer) < 100000:
        return _fout("Vul een huisnummer in (alleen cijfers).", 400)
    try:
        adressen = client_voor("bag").zoek_adressen(postcode, int(huisnummer))
    except KoppelingFout as fout:
        return _koppelingfout(fout)
    if toevoeging:
        adressen = [a for a in adressen if ((a.huisletter or "") + (a.toevoeging or "")).upper() == toevoeging]
    return _antwoord(adressen)


@require_GET
@vereist_recht()
def zoek(request):
    q = " ".join(request.GET.get("q", "").split())[:100]
    if len(q) < 3:
        return _fout("Typ minstens 3 tekens van straat en huisnummer.", 400)
    try:
        adressen = client_voor("bag").zoek_adressen_vrij(q, aantal=10)
    except KoppelingFout as fout:
        return _koppelingfout(fout)
    return _antwoord(adressen)

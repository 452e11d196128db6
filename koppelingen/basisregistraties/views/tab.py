"""Zaak tab "Basisregistraties": stored snapshots of BAG, BRK, BRP and KvK per locatie and
betrokkene, pand and perceel on the map. Never calls a registration while rendering."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from clo.accounts.permissions import vereist_recht
from zaken import selectors
from zaken.tabs import ZaakTab

from ...errors import KoppelingFout
from ..actions import voeg_bag_locatie_toe
from ..models import Verrijking, VerrijkingStatus
from ..privacy import log_eigenaren, mag_bsn_zien, masker_bsn
from ..verrijking import verrijk_zaak
from .kaart import kaartlagen

DOEL_INZIEN = "Behandelen van de zaak: eigenaar van het perceel bekijken"


def _eigenaren(brk: Verrijking | None, bsn_zien: bool) -> list[str]:
    """Marks the owners of the snapshot for display and returns the BSNs shown."""
    getoond: list[str] = []
    for perceel in brk.data.get("percelen", []) if brk and brk.status == VerrijkingStatus.OK else []:
        for g in perceel["gerechtigden"]:
            if g.get("bsn"):
                g["bsn_weergave"] = g["bsn"] if bsn_zien else masker_bsn(g["bsn"])
                getoond.append(g["bsn"])
    return getoond


def context(request, zaak, lid) -> dict:
    rijen = list(Verrijking.objects.filter(zaak=zaak))
    per_locatie = {(r.locatie_id, r.soort): r for r in rijen if r.locatie_id}
    per_betrokkene = {r.betrokkene_id: r for r in rijen if r.betrokkene_id}
    bsn_zien = mag_bsn_zien(lid)
    locaties, getoond = [], []
    for loc in zaak.locaties.all():
        brk = per_locatie.get((loc.pk, "brk"))
        getoond += _eigenaren(brk, bsn_zien)
        locaties.append({"locatie": loc, "bag": per_locatie.get((loc.pk, "bag")), "brk": brk})
    betrokkenen = []
    for b in selectors.betrokkenen_van(zaak):
        if b.bsn or b.kvk_nummer:
            b.bsn_weergave = b.bsn if bsn_zien else b.bsn_gemaskeerd
            betrokkenen.append({"betrokkene": b, "verrijking": per_betrokkene.get(b.pk)})
    log_eigenaren(
        organisatie=zaak.organisatie,
        door=request.user,
        bsns=getoond,
        actie="Inzien",
        handeling="Eigenaren van het perceel bekijken op de zaak",
        doel=DOEL_INZIEN,
        zaak_id=zaak.pk,
    )
    if any(b["betrokkene"].bsn for b in betrokkenen):
        from zaken.privacy import log_inzage_betrokkenen

        log_inzage_betrokkenen(request, zaak, [b["betrokkene"] for b in betrokkenen if b["betrokkene"].bsn])
    return {
        "br_locaties": locaties,
        "br_betrokkenen": betrokkenen,
        "br_ontbrekend": [r for r in rijen if r.status == VerrijkingStatus.ONTBREEKT],
        "br_nog_niet": [loc["locatie"] for loc in locaties if loc["bag"] is None],
        "br_mag_behandelen": "zaak.behandelen" in lid.rechten and not zaak.is_afgesloten,
        "br_kaart": kaartlagen(locaties),
        "kaart_tegels": settings.LEAFLET_CONFIG.get("TILES", ""),
    }


TAB = ZaakTab(
    "basisregistraties", "Basisregistraties", "basisregistraties/tab.html", context, recht="zaak.lezen", volgorde=45
)


def _terug(zaak):
    return redirect(reverse("zaken:detail", kwargs={"identificatie": zaak.identificatie}) + "?tab=basisregistraties")


@require_POST
@vereist_recht("zaak.behandelen")
def opnieuw_ophalen(request, identificatie: str):
    zaak = selectors.zaak_voor_request(request, identificatie)
    Verrijking.objects.filter(zaak=zaak, status=VerrijkingStatus.FOUT).update(status=VerrijkingStatus.ONTBREEKT)
    verrijk_zaak(zaak.pk)
    messages.success(request, "De gegevens worden opnieuw opgehaald. Ververs de pagina over een ogenblik.")
    return _terug(zaak)


@require_POST
@vereist_recht("zaak.behandelen")
def locatie_toevoegen(request, identificatie: str):
    zaak = selectors.zaak_voor_request(request, identificatie)
    nummeraanduiding_id = request.POST.get("nummeraanduiding_id", "").strip()
    if not (nummeraanduiding_id.isdigit() and len(nummeraanduiding_id) == 16):
        messages.error(request, "Kies eerst een adres uit de zoekresultaten.")
        return _terug(zaak)
    try:
        locatie = voeg_bag_locatie_toe(zaak, door=request.user, nummeraanduiding_id=nummeraanduiding_id)
    except KoppelingFout as fout:
        messages.error(request, fout.melding)
    else:
        messages.success(request, f"Locatie {locatie.omschrijving} is toegevoegd.")
    return _terug(zaak)

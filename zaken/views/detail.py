from django.shortcuts import render

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from clo.audit.models import Gebeurtenis
from zaken import selectors
from zaken.forms import DocumentUploadForm
from zaken.models import BetrokkeneType
from zaken.privacy import log_inzage_betrokkenen

TABS = [
    ("overzicht", "Overzicht"),
    ("betrokkenen", "Betrokkenen"),
    ("documenten", "Documenten"),
    ("locatie", "Locatie"),
    ("tijdlijn", "Tijdlijn"),
]


def _tab_context(request, zaak, tab: str, lid) -> dict:
    if tab == "betrokkenen":
        betrokkenen = list(selectors.betrokkenen_van(zaak))
        personen = [b for b in betrokkenen if b.betrokkene_type == BetrokkeneType.NATUURLIJK_PERSOON]
        log_inzage_betrokkenen(request, zaak, personen)
        return {"betrokkenen": betrokkenen, "toon_bsn": "betrokkene.bsn_inzien" in lid.rechten}
    if tab == "documenten":
        return {"documenten": selectors.documenten_van(zaak, lid),
                "upload_form": DocumentUploadForm(zaak=zaak),
                "mag_uploaden": "document.uploaden" in lid.rechten and not zaak.is_afgesloten}
    if tab == "locatie":
        return {"locaties": list(zaak.locaties.all())}
    if tab == "tijdlijn":
        return {"gebeurtenissen": Gebeurtenis.objects.filter(zaak_id=zaak.pk).order_by("-tijdstip", "-id")}
    from zaken.termijnbewaking import termijnberekening

    return {
        "statussen": zaak.statussen.select_related("statustype", "gezet_door").order_by("datum_status_gezet"),
        "statustypen": zaak.zaaktype.statustypen.all(),
        "termijn": termijnberekening(zaak),
        "opschortingen": zaak.opschortingen.all(),
        "verlengingen": zaak.verlengingen.all(),
        "besluiten": zaak.besluiten.all(),
        "locaties": list(zaak.locaties.all()),
    }


@vereist_recht("zaak.lezen")
def zaak_detail(request, identificatie: str):
    lid = lidmaatschap_van(request)
    zaak = selectors.zaak_voor_request(request, identificatie)
    tab = request.GET.get("tab", "overzicht")
    if tab not in dict(TABS):
        tab = "overzicht"
    context = {"zaak": zaak, "tab": tab, "tabs": TABS, **_tab_context(request, zaak, tab, lid)}
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "tab-inhoud":
        return render(request, f"zaken/tabs/{tab}.html", context)
    return render(request, "zaken/detail.html", context)

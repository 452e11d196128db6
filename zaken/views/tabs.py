"""Context of the built-in zaak tabs."""

from clo.audit.models import Gebeurtenis
from zaken import selectors
from zaken.forms import DocumentUploadForm
from zaken.models import BetrokkeneType
from zaken.privacy import log_inzage_betrokkenen
from zaken.tabs import ZaakTab, registreer_tab


def overzicht(request, zaak, lid) -> dict:
    from zaken.termijnbewaking import termijnberekening

    return {
        "statussen": zaak.statussen.select_related("statustype", "gezet_door").order_by("datum_status_gezet"),
        "termijn": termijnberekening(zaak),
        "opschortingen": zaak.opschortingen.all(),
        "verlengingen": zaak.verlengingen.all(),
        "besluiten": zaak.besluiten.all(),
    }


def betrokkenen(request, zaak, lid) -> dict:
    rijen = list(selectors.betrokkenen_van(zaak))
    log_inzage_betrokkenen(request, zaak, [b for b in rijen if b.betrokkene_type == BetrokkeneType.NATUURLIJK_PERSOON])
    return {"betrokkenen": rijen, "toon_bsn": "betrokkene.bsn_inzien" in lid.rechten}


def documenten(request, zaak, lid) -> dict:
    return {
        "documenten": selectors.documenten_van(zaak, lid),
        "upload_form": DocumentUploadForm(zaak=zaak),
        "mag_uploaden": "document.uploaden" in lid.rechten and not zaak.is_afgesloten,
    }


def locatie(request, zaak, lid) -> dict:
    return {"locaties": list(zaak.locaties.all())}


def tijdlijn(request, zaak, lid) -> dict:
    return {"gebeurtenissen": Gebeurtenis.objects.filter(zaak_id=zaak.pk).order_by("-tijdstip", "-id")}


def registreer_standaardtabs() -> None:
    for volgorde, (code, label, context) in enumerate(
        [
            ("overzicht", "Overzicht", overzicht),
            ("betrokkenen", "Betrokkenen", betrokkenen),
            ("documenten", "Documenten", documenten),
            ("locatie", "Locatie", locatie),
            ("tijdlijn", "Tijdlijn", tijdlijn),
        ]
    ):
        registreer_tab(
            ZaakTab(
                code,
                label,
                f"zaken/tabs/{code}.html",
                context,
                volgorde=10 + volgorde * 10 if code != "tijdlijn" else 90,
            )
        )

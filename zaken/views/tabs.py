"""Context of the built-in zaak tabs."""

from django.db.models import Q

from clo.audit.models import Gebeurtenis
from zaken import selectors
from zaken.forms import DocumentUploadForm
from zaken.models import BetrokkeneType, Zaak, ZaakRelatie
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
        "gerelateerde_zaken": gerelateerde_zaken(zaak, lid),
    }


def gerelateerde_zaken(zaak, lid) -> list[dict]:
    """Relations in both directions, limited to zaken this user may open: a link to a zaak of
    another tenant or above the user's vertrouwelijkheid would only lead to a 404."""
    aard_per_zaak: dict[int, tuple[str, bool]] = {}
    for van_id, naar_id, aard in ZaakRelatie.objects.filter(Q(van=zaak) | Q(naar=zaak)).values_list(
        "van_id", "naar_id", "aard"
    ):
        uitgaand = van_id == zaak.pk
        # A pair linked both ways shows once, as seen from this zaak.
        if uitgaand or (van_id not in aard_per_zaak):
            aard_per_zaak[naar_id if uitgaand else van_id] = (aard, uitgaand)
    if not aard_per_zaak:
        return []
    labels = dict(ZaakRelatie._meta.get_field("aard").choices)
    zaken = (
        Zaak.objects.voor_lidmaatschap(lid)
        .filter(organisatie_id=zaak.organisatie_id, pk__in=aard_per_zaak)
        .select_related("zaaktype")
        .only("identificatie", "omschrijving", "einddatum", "zaaktype__omschrijving")
        .order_by("identificatie")
    )
    return [
        {
            "zaak": z,
            "aard": labels.get(aard_per_zaak[z.pk][0], aard_per_zaak[z.pk][0]),
            "vanuit_deze_zaak": aard_per_zaak[z.pk][1],
        }
        for z in zaken
    ]


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

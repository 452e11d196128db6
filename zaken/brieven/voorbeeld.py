"""Preview of a letter template for the admin: a recent zaak of the tenant, or sample data."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from zaken.brieven.context import _bezwaar, _organisatie, bouw_context
from zaken.brieven.models import BriefBlok, BriefSjabloon
from zaken.brieven.render import render_brief_pdf
from zaken.models import Zaak


def _bevinding(onderwerp: str, bevinding: str, oordeel: str) -> dict:
    return {"onderwerp": onderwerp, "bevinding": bevinding, "oordeel": oordeel}


def voorbeeld_context(organisatie, datum: datetime.date | None = None) -> dict:
    """Realistic sample data for the admin preview when the tenant has no zaak to show."""
    datum = datum or timezone.localdate()
    einde, post = _bezwaar(datum)
    persoon = {
        "naam": "J. de Boer",
        "aanhef": "Geachte heer/mevrouw",
        "adresregel": "Hoogstraat 12",
        "postcode": "9101 LJ",
        "woonplaats": "Dokkum",
        "email": "j.deboer@example.nl",
        "telefoon": "",
        "kvk_nummer": "",
    }
    return {
        "datum": datum,
        "organisatie": _organisatie(organisatie),
        "zaak": {
            "identificatie": f"{organisatie.zaaknummer_prefix}-{datum.year}-000123",
            "omschrijving": "Bouwen van een schuur, Hoogstraat 12",
            "zaaktype": "Aanvraag omgevingsvergunning",
            "procedure": "regulier",
            "startdatum": datum - datetime.timedelta(days=20),
            "registratiedatum": datum - datetime.timedelta(days=20),
            "uiterste_afdoeningsdatum": datum + datetime.timedelta(days=36),
            "status": "In behandeling",
            "verzoeknummer": "2025-00012345",
            "toelichting": "",
        },
        "aanvrager": persoon,
        "gemachtigde": {},
        "geadresseerde": persoon,
        "betrokkenen": [
            {"rol": "Aanvrager", **{k: persoon[k] for k in ("naam", "adresregel", "postcode", "woonplaats")}}
        ],
        "locatie": {
            "omschrijving": "Hoogstraat 12, 9101 LJ Dokkum",
            "adres": "Hoogstraat 12",
            "postcode": "9101 LJ",
            "woonplaats": "Dokkum",
            "kadastrale_aanduiding": "DKM00 A 1234",
        },
        "behandelaar": {
            "naam": "A. Vergunningverlener",
            "functie": "Vergunningverlener",
            "telefoon": organisatie.telefoon,
            "email": organisatie.email,
        },
        "termijnen": {
            "beslistermijn_einde": datum + datetime.timedelta(days=36),
            "aanvullingstermijn_tot": datum + datetime.timedelta(days=14),
            "bezwaartermijn_einde": einde,
            "bezwaar_per_post_uiterlijk": post,
            "verdaging_weken": 6,
            "nieuwe_beslisdatum": datum + datetime.timedelta(days=78),
            "zienswijze_van": datum,
            "zienswijze_tot": datum + datetime.timedelta(days=42),
            "begunstigingstermijn_tot": datum + datetime.timedelta(days=28),
        },
        "besluit": {
            "identificatie": "B-000123",
            "besluittype": "Omgevingsvergunning",
            "uitkomst": "verleend",
            "datum": datum,
            "ingangsdatum": datum,
            "vervaldatum": None,
            "verzenddatum": datum,
            "toelichting": "Het bouwplan past binnen het omgevingsplan.",
            "voorschriften": [
                "De werkzaamheden worden twee dagen vooraf gemeld.",
                "Het bouwwerk wordt gebouwd volgens de goedgekeurde tekeningen.",
            ],
        },
        "aanvulling": {
            "ontbrekende_stukken": ["Constructieberekening", "Plattegrond met maatvoering"],
            "toelichting": "",
        },
        "verdaging": {"reden": "Er is advies nodig van de welstandscommissie."},
        "leges": {"bedrag": Decimal("1442.00"), "omschrijving": "Leges omgevingsvergunning bouwactiviteit"},
        "ontwerp": {"inzageplaats": "het gemeentehuis en op www.officielebekendmakingen.nl"},
        "bezoek": {
            "datum": datum,
            "toezichthouder": "T. Toezicht",
            "aanwezigen": "J. de Boer",
            "bevindingen": [
                _bevinding("Bouwwerk", "Schuur gebouwd volgens vergunning", "in orde"),
                _bevinding("Erfafscheiding", "Schutting 2,5 m hoog", "overtreding"),
            ],
            "conclusie": "Eén overtreding geconstateerd.",
        },
        "handhaving": {
            "overtreding": "Schutting hoger dan 2 meter zonder omgevingsvergunning",
            "grondslag": "artikel 5.1 Omgevingswet",
            "maatregel": "Verlaag de schutting tot 2 meter",
            "dwangsom_bedrag": Decimal("500.00"),
            "dwangsom_per": "per week",
            "dwangsom_maximum": Decimal("5000.00"),
        },
        "document": {"titel": "Beschikking"},
    }


def _blokken_uit_post(sjabloon: BriefSjabloon, data) -> list[BriefBlok]:
    """Unsaved blocks from the admin change form's inline (prefix 'blokken')."""
    blokken = []
    for i in range(int(data.get("blokken-TOTAL_FORMS", 0) or 0)):
        if data.get(f"blokken-{i}-DELETE"):
            continue
        tekst = data.get(f"blokken-{i}-tekst", "")
        if not tekst.strip():
            continue
        blokken.append(
            BriefBlok(
                sjabloon=sjabloon,
                volgorde=int(data.get(f"blokken-{i}-volgorde") or 0),
                titel=data.get(f"blokken-{i}-titel", ""),
                tekst=tekst,
            )
        )
    return sorted(blokken, key=lambda b: b.volgorde)


def voorbeeld_pdf(sjabloon: BriefSjabloon, data=None) -> bytes:
    blokken = None
    if data is not None:
        sjabloon.onderwerp = data.get("onderwerp", sjabloon.onderwerp)
        blokken = _blokken_uit_post(sjabloon, data)
    fouten = []
    for obj in [sjabloon, *(blokken if blokken is not None else sjabloon.blokken.all())]:
        try:
            obj.clean()
        except ValidationError as exc:
            fouten.extend(exc.messages)
    if fouten:
        raise ValidationError(fouten)
    zaak = Zaak.objects.filter(organisatie=sjabloon.organisatie).order_by("-aangemaakt_op").first()
    context = bouw_context(zaak) if zaak else voorbeeld_context(sjabloon.organisatie)
    return render_brief_pdf(sjabloon, context, concept=True, blokken=blokken)

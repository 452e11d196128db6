"""The 'Handhaving' tab on handhavingszaken and the 'Handhavingsverzoek' tab on verzoeken."""

from django.utils import timezone

from zaken.tabs import ZaakTab, registreer_tab

# Which step forms to offer per fase (the actions enforce the same table).
FORMULIEREN = {
    "constatering": ["aanspreken", "waarschuwen", "voornemen", "spoed", "gedogen"],
    "aangesproken": ["waarschuwen", "hercontrole", "voornemen", "gedogen"],
    "waarschuwing": ["hercontrole", "voornemen", "gedogen"],
    "hercontrole": ["hercontrole_uitslag"],
    "voornemen": ["zienswijze", "spoed", "gedogen"],
    "zienswijze": ["last", "spoed", "gedogen"],
    "last": ["hercontrole", "verbeurte", "bestuursdwang", "rechtsmiddel"],
    "verbeurd": ["verbeurte", "invordering", "betaling", "rechtsmiddel"],
    "invordering": ["verbeurte", "betaling", "rechtsmiddel"],
    "bestuursdwang": ["rechtsmiddel"],
    "gedoogd": [],
}


def _handhaving(request, zaak, lid) -> dict:
    from handhaving.actions import voorstel_voor
    from handhaving.matrix import MatrixFout
    from handhaving.selectors import handhavingszaak_van

    hz = handhavingszaak_van(zaak)
    if hz is None:
        return {"hz": None}
    try:
        voorstel = voorstel_voor(hz)
    except MatrixFout:
        voorstel = None
    lasten = list(hz.lasten.all())
    return {
        "hz": hz,
        "voorstel": voorstel,
        "stappen": list(hz.stappen.all()),
        "overtredingen": list(hz.overtredingen.all()),
        "lasten": lasten,
        "verbeurten": [v for last in lasten for v in last.verbeurten.all()],
        "mag_besluiten": "handhaving.besluiten" in lid.rechten and not zaak.is_afgesloten,
        "mag_hercontrole": bool({"handhaving.besluiten", "toezicht.uitvoeren"} & lid.rechten),
        "formulieren": FORMULIEREN.get(hz.fase, []),
        "vandaag": timezone.localdate(),
        "resultaten": zaak.zaaktype.resultaattypen.all(),
    }


def _verzoek(request, zaak, lid) -> dict:
    from handhaving.models import Handhavingsverzoek
    from handhaving.selectors import lopende_zaken

    verzoek = (
        Handhavingsverzoek.objects.filter(zaak=zaak)
        .select_related("verzoeker", "handhavingszaak__zaak", "besluit")
        .first()
    )
    return {
        "verzoek": verzoek,
        "mag_besluiten": "handhaving.besluiten" in lid.rechten and not zaak.is_afgesloten,
        "lopende": lopende_zaken(lid)[:100] if verzoek and not verzoek.handhavingszaak_id else [],
    }


def registreer_tabs() -> None:
    registreer_tab(
        ZaakTab(
            "handhaving",
            "Handhaving",
            "handhaving/tab_handhaving.html",
            _handhaving,
            recht="zaak.lezen",
            volgorde=15,
            toon=lambda z: z.zaaktype.identificatie == "HANDHAVINGSBESLUIT",
        )
    )
    registreer_tab(
        ZaakTab(
            "handhavingsverzoek",
            "Handhavingsverzoek",
            "handhaving/tab_verzoek.html",
            _verzoek,
            recht="zaak.lezen",
            volgorde=15,
            toon=lambda z: z.zaaktype.identificatie == "HANDHAVINGSVERZOEK",
        )
    )

"""Handhavingsverzoek by a belanghebbende: an aanvraag (zaaktype HANDHAVINGSVERZOEK, 8 weeks
Awb 4:13 via the termijnen engine) ending in a besluit toegewezen/afgewezen with bezwaar."""

import datetime

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from handhaving import brieven
from handhaving.actions.basis import BESLUITEN, HandhavingFout, neem_besluit, vereis_recht
from handhaving.models import Aanleiding, Handhavingsverzoek, Handhavingszaak
from zaken import actions as zaak_actions
from zaken.termijnen import bereken_bezwaartermijn, kalender_voor_django

UITKOMST_RESULTAAT = {"toegewezen": "ingewilligd", "afgewezen": "afgewezen"}


@transaction.atomic
def registreer_handhavingsverzoek(
    *,
    organisatie,
    door,
    omschrijving: str,
    verzoeker: dict,
    ontvangen: datetime.date | None = None,
    handhavingszaak: Handhavingszaak | None = None,
    kanaal: str = "",
) -> Handhavingsverzoek:
    """`verzoeker`: naam, betrokkene_type and optionally bsn/kvk_nummer/adres/email."""
    vereis_recht(door, organisatie, BESLUITEN, "zaak.aanmaken")
    from handhaving.toezicht import _geldig_zaaktype

    if not (verzoeker or {}).get("naam"):
        raise HandhavingFout("Geef de naam van de verzoeker.")
    zaak = zaak_actions.registreer_zaak(
        zaaktype=_geldig_zaaktype(organisatie, "HANDHAVINGSVERZOEK"),
        door=door,
        omschrijving=omschrijving[:300],
        startdatum=ontvangen,
        kanaal=kanaal,
    )
    gegevens = dict(verzoeker)
    roltype = zaak.zaaktype.roltypen.get(omschrijving_generiek="initiator")
    betrokkene = zaak_actions.voeg_betrokkene_toe(
        zaak,
        roltype=roltype,
        door=door,
        betrokkene_type=gegevens.pop("betrokkene_type", "natuurlijk_persoon"),
        naam=gegevens.pop("naam"),
        **{k: v for k, v in gegevens.items() if v},
    )
    verzoek = Handhavingsverzoek.objects.create(zaak=zaak, organisatie=organisatie, verzoeker=betrokkene)
    if handhavingszaak is not None:
        koppel_verzoek(verzoek, handhavingszaak, door=door)
    return verzoek


@transaction.atomic
def koppel_verzoek(verzoek: Handhavingsverzoek, hz: Handhavingszaak, *, door) -> Handhavingsverzoek:
    if hz.organisatie_id != verzoek.organisatie_id:
        raise HandhavingFout("De handhavingszaak hoort bij een andere organisatie.")
    verzoek.handhavingszaak = hz
    verzoek.save(update_fields=["handhavingszaak"])
    zaak_actions.relateer_zaak(verzoek.zaak, hz.zaak, door=door, aard="gerelateerd")
    statustype = verzoek.zaak.zaaktype.statustypen.filter(code="onderzoek").first()
    if statustype and not verzoek.zaak.is_afgesloten:
        zaak_actions.zet_status(
            verzoek.zaak, statustype, door=door, toelichting=f"Gekoppeld aan {hz.zaak.identificatie}"
        )
    log_gebeurtenis(
        organisatie=hz.organisatie,
        door=door,
        actie="handhaving.verzoek_gekoppeld",
        zaak=verzoek.zaak,
        obj=verzoek,
        omschrijving=f"Verzoek gekoppeld aan handhavingszaak {hz.zaak.identificatie}.",
    )
    return verzoek


@transaction.atomic
def start_handhaving_uit_verzoek(
    verzoek: Handhavingsverzoek, *, door, overtreding: str, wettelijke_grondslag: str = "", locatie: str = ""
) -> Handhavingszaak:
    from handhaving.actions.starten import start_handhavingszaak

    hz = start_handhavingszaak(
        organisatie=verzoek.organisatie,
        door=door,
        omschrijving=verzoek.zaak.omschrijving,
        overtreding=overtreding,
        wettelijke_grondslag=wettelijke_grondslag,
        locatie=locatie,
        aanleiding=Aanleiding.VERZOEK,
    )
    koppel_verzoek(verzoek, hz, door=door)
    return hz


@transaction.atomic
def beslis_op_verzoek(
    verzoek: Handhavingsverzoek, *, door, uitkomst: str, motivering: str, datum: datetime.date | None = None
) -> Handhavingsverzoek:
    verzoek = Handhavingsverzoek.objects.select_for_update().select_related("zaak__zaaktype").get(pk=verzoek.pk)
    vereis_recht(door, verzoek.organisatie, BESLUITEN)
    if uitkomst not in UITKOMST_RESULTAAT:
        raise HandhavingFout("Kies toegewezen of afgewezen.")
    if verzoek.uitkomst:
        raise HandhavingFout("Op dit verzoek is al beslist.")
    if not motivering.strip():
        raise HandhavingFout("Motiveer het besluit op het handhavingsverzoek.")
    datum = datum or timezone.localdate()
    zaak = verzoek.zaak
    besluit = neem_besluit(
        zaak,
        besluittype="Besluit op handhavingsverzoek",
        uitkomst=uitkomst,
        datum=datum,
        door=door,
        toelichting=motivering,
    )
    statustype = zaak.zaaktype.statustypen.filter(code="besluit").first()
    if statustype:
        zaak_actions.zet_status(zaak, statustype, door=door, toelichting=uitkomst)
    bezwaar = bereken_bezwaartermijn(datum, kalender=kalender_voor_django())
    brieven.maak_brief(
        zaak,
        "handhavingsverzoek_besluit",
        door=door,
        extra={
            "termijnen": {
                "bezwaartermijn_einde": bezwaar.einddatum,
                "bezwaar_per_post_uiterlijk": bezwaar.datums["per_post_ontvangen_uiterlijk"],
            },
        },
    )
    verzoek.uitkomst, verzoek.besluit = uitkomst, besluit
    verzoek.save(update_fields=["uitkomst", "besluit"])
    resultaattype = zaak.zaaktype.resultaattypen.get(code=UITKOMST_RESULTAAT[uitkomst])
    zaak_actions.sluit_zaak(zaak, resultaattype, door=door, toelichting=motivering[:500], einddatum=datum)
    return verzoek

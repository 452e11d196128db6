"""After the begunstigingstermijn: verbeurte of the dwangsom (by operation of law, 5:33),
bezwaar/beroep against the last (extends verjaring, 5:35), invorderingsbeschikking (5:37),
payment; or execution of bestuursdwang with kostenverhaal (5:25)."""

import datetime

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from handhaving import brieven
from handhaving import termijnen as ht
from handhaving.actions.basis import (
    HandhavingFout,
    briefgegevens,
    controleer,
    leg_stap_vast,
    neem_besluit,
    zet_fase,
)
from handhaving.models import Fase, Invordering, Last, LastSoort, Rechtsmiddel, StapSoort, Verbeurte
from zaken import actions as zaak_actions
from zaken.termijnen import kalender_voor_django

TENUITVOERLEGGING = {LastSoort.LOD: "LOD-TENUITVOERLEGGING", LastSoort.LOB: "LOB-TENUITVOERLEGGING"}


def _status(zaak, code: str, *, door, toelichting: str = "") -> None:
    statustype = zaak.zaaktype.statustypen.filter(code=code).first()
    if (
        statustype is not None
        and not zaak.is_afgesloten
        and (zaak.status is None or zaak.status.statustype_id != statustype.pk)
    ):
        zaak_actions.zet_status(zaak, statustype, door=door, toelichting=toelichting)


def _start_tenuitvoerlegging(last: Last, *, door):
    """The deelzaak 'Last onder dwangsom/bestuursdwang ten uitvoer leggen' (once per last)."""
    if last.tenuitvoerlegging_id:
        return last.tenuitvoerlegging
    from handhaving.toezicht import _geldig_zaaktype

    hz = last.handhavingszaak
    zaak = zaak_actions.registreer_zaak(
        zaaktype=_geldig_zaaktype(hz.organisatie, TENUITVOERLEGGING[last.soort]),
        door=door,
        omschrijving=f"{last.get_soort_display()} ten uitvoer leggen — {hz.zaak.omschrijving}"[:300],
        hoofdzaak=hz.zaak,
        behandelaar=hz.zaak.behandelaar,
    )
    last.tenuitvoerlegging = zaak
    last.save(update_fields=["tenuitvoerlegging"])
    return zaak


def _rechtsmiddelen(last: Last) -> list[ht.Rechtsmiddel]:
    return [ht.Rechtsmiddel(r.soort, r.begin, r.einde) for r in last.rechtsmiddelen.all()]


def _verjaring(last: Last, verbeurd: datetime.date):
    return ht.bereken_verjaring(
        verbeurd, _rechtsmiddelen(last), vandaag=timezone.localdate(), kalender=kalender_voor_django()
    )


@transaction.atomic
def registreer_verbeurte(
    last: Last, *, door, datum: datetime.date, aantal: int = 1, toelichting: str = ""
) -> Verbeurte:
    """Records a forfeited amount (each with its own betaaltermijn and verjaring)."""
    hz = controleer(last.handhavingszaak, "verbeurte", door)
    last = Last.objects.select_for_update().get(pk=last.pk)
    if last.soort != LastSoort.LOD:
        raise HandhavingFout("Alleen een last onder dwangsom kan worden verbeurd.")
    if last.begunstigingstermijn_einde and datum <= last.begunstigingstermijn_einde:
        raise HandhavingFout(
            f"De dwangsom kan pas na de begunstigingstermijn (tot en met "
            f"{last.begunstigingstermijn_einde:%d-%m-%Y}) worden verbeurd."
        )
    if datum > timezone.localdate():
        raise HandhavingFout("Een verbeurte ligt niet in de toekomst.")
    al = last.verbeurten.aggregate(s=Sum("bedrag"))["s"] or 0
    if al >= last.maximum:
        raise HandhavingFout("Het maximum van de dwangsom is al verbeurd.")
    bedrag, bedraguitleg = ht.verbeurd_bedrag(last.bedrag, last.eenheid, last.maximum, aantal, al)
    betaaltermijn = ht.bereken_betaaltermijn(datum, kalender=kalender_voor_django())
    verjaring = _verjaring(last, datum)
    verbeurte = Verbeurte.objects.create(
        last=last,
        datum=datum,
        bedrag=bedrag,
        betaaltermijn_einde=betaaltermijn.einddatum,
        verjaringsdatum=verjaring.einddatum,
        uitleg={"bedrag": bedraguitleg, "betaaltermijn": betaaltermijn.to_dict(), "verjaring": verjaring.to_dict()},
    )
    deelzaak = _start_tenuitvoerlegging(last, door=door)
    _status(deelzaak, "verbeurd", door=door, toelichting=f"€ {bedrag} verbeurd op {datum:%d-%m-%Y}")
    leg_stap_vast(
        hz,
        StapSoort.VERBEURTE,
        door=door,
        datum=datum,
        berekening=betaaltermijn,
        toelichting=f"{' '.join(bedraguitleg)}. Verjaart op {verjaring.einddatum:%d-%m-%Y}. {toelichting}".strip(),
    )
    zet_fase(
        hz, Fase.VERBEURD, termijn=betaaltermijn.einddatum, termijn_omschrijving="Betaaltermijn dwangsom", door=door
    )
    return verbeurte


@transaction.atomic
def registreer_rechtsmiddel(
    last: Last, *, door, soort: str, begin: datetime.date, einde: datetime.date | None = None
) -> Rechtsmiddel:
    """A bezwaar/beroep against the last (or its end): recomputes the verjaring of every
    verbeurte of the last."""
    hz = controleer(last.handhavingszaak, "rechtsmiddel", door)
    if einde is not None and einde < begin:
        raise HandhavingFout("De beslisdatum ligt vóór de datum van indienen.")
    rm, _ = Rechtsmiddel.objects.update_or_create(last=last, soort=soort, begin=begin, defaults={"einde": einde})
    for verbeurte in last.verbeurten.all():
        verjaring = _verjaring(last, verbeurte.datum)
        verbeurte.verjaringsdatum = verjaring.einddatum
        verbeurte.uitleg = {**verbeurte.uitleg, "verjaring": verjaring.to_dict()}
        verbeurte.save(update_fields=["verjaringsdatum", "uitleg"])
    tekst = f"{rm.get_soort_display()} tegen de last ingediend op {begin:%d-%m-%Y}"
    tekst += f", beslist op {einde:%d-%m-%Y}" if einde else " (aanhangig)"
    log_gebeurtenis(
        organisatie=hz.organisatie,
        door=door,
        actie="handhaving.rechtsmiddel",
        zaak=hz.zaak,
        obj=rm,
        omschrijving=f"{tekst}; verjaring van verbeurde dwangsommen herberekend.",
    )
    return rm


@transaction.atomic
def invorder(verbeurte: Verbeurte, *, door, datum: datetime.date | None = None, toelichting: str = "") -> Invordering:
    """Invorderingsbeschikking (5:37), before any aanmaning; not after verjaring (5:35)."""
    last = verbeurte.last
    hz = controleer(last.handhavingszaak, "invordering", door)
    datum = datum or timezone.localdate()
    verbeurte = Verbeurte.objects.select_for_update().get(pk=verbeurte.pk)
    if hasattr(verbeurte, "invordering"):
        raise HandhavingFout("Voor deze verbeurte is al een invorderingsbeschikking genomen.")
    if datum > verbeurte.verjaringsdatum:
        raise HandhavingFout(
            f"De dwangsom is op {verbeurte.verjaringsdatum:%d-%m-%Y} verjaard (art. 5:35 Awb) en "
            "kan niet meer worden ingevorderd."
        )
    berekening = ht.bereken_invordering_betaaltermijn(verbeurte.datum, datum, kalender=kalender_voor_django())
    deelzaak = _start_tenuitvoerlegging(last, door=door)
    besluit = neem_besluit(
        deelzaak,
        besluittype="Invorderingsbeschikking",
        uitkomst="invordering",
        datum=datum,
        door=door,
        toelichting=toelichting,
    )
    document = brieven.maak_brief(
        deelzaak,
        "handhaving_invorderingsbeschikking",
        door=door,
        extra=briefgegevens(
            hz,
            last=last,
            verbeurd_bedrag=verbeurte.bedrag,
            verbeurd_op=verbeurte.datum,
            betalen_uiterlijk=berekening.einddatum,
            verjaringsdatum=verbeurte.verjaringsdatum,
        ),
    )
    invordering = Invordering.objects.create(
        verbeurte=verbeurte,
        beschikking_datum=datum,
        betalen_uiterlijk=berekening.einddatum,
        bedrag=verbeurte.bedrag,
        besluit=besluit,
        document=document,
        uitleg=berekening.to_dict(),
    )
    _status(
        deelzaak, "invorderingsbeschikking", door=door, toelichting=f"Betalen uiterlijk {berekening.einddatum:%d-%m-%Y}"
    )
    leg_stap_vast(
        hz,
        StapSoort.INVORDERING,
        door=door,
        datum=datum,
        berekening=berekening,
        document=document,
        toelichting=toelichting,
    )
    zet_fase(hz, Fase.INVORDERING, termijn=berekening.einddatum, termijn_omschrijving="Betalen uiterlijk", door=door)
    return invordering


@transaction.atomic
def registreer_betaling(verbeurte: Verbeurte, *, door, datum: datetime.date | None = None) -> Verbeurte:
    last = verbeurte.last
    hz = controleer(last.handhavingszaak, "betaling", door)
    verbeurte = Verbeurte.objects.select_for_update().get(pk=verbeurte.pk)
    if verbeurte.betaald_op:
        raise HandhavingFout("Deze dwangsom is al betaald.")
    verbeurte.betaald_op = datum or timezone.localdate()
    verbeurte.save(update_fields=["betaald_op"])
    leg_stap_vast(
        hz,
        StapSoort.BETALING,
        door=door,
        datum=verbeurte.betaald_op,
        toelichting=f"€ {verbeurte.bedrag} betaald (verbeurd op {verbeurte.datum:%d-%m-%Y}).",
    )
    open_ = Verbeurte.objects.filter(last__handhavingszaak=hz, betaald_op__isnull=True)
    if not open_.exists():
        for last_ in hz.lasten.filter(tenuitvoerlegging__einddatum__isnull=True).exclude(tenuitvoerlegging=None):
            resultaat = last_.tenuitvoerlegging.zaaktype.resultaattypen.filter(code="ingevorderd").first()
            if resultaat:
                zaak_actions.sluit_zaak(last_.tenuitvoerlegging, resultaat, door=door, toelichting="Dwangsom betaald")
        zet_fase(hz, hz.fase, door=door)
    else:
        volgende = open_.order_by("betaaltermijn_einde").first()
        zet_fase(
            hz, hz.fase, termijn=volgende.betaaltermijn_einde, termijn_omschrijving="Betaaltermijn dwangsom", door=door
        )
    return verbeurte


@transaction.atomic
def voer_bestuursdwang_uit(
    last: Last, *, door, datum: datetime.date | None = None, kosten=None, toelichting: str = ""
) -> Last:
    hz = controleer(last.handhavingszaak, "bestuursdwang", door)
    if last.soort != LastSoort.LOB:
        raise HandhavingFout("Alleen een last onder bestuursdwang kan door de gemeente worden uitgevoerd.")
    datum = datum or timezone.localdate()
    if last.begunstigingstermijn_einde and datum <= last.begunstigingstermijn_einde:
        raise HandhavingFout(f"De begunstigingstermijn loopt tot en met {last.begunstigingstermijn_einde:%d-%m-%Y}.")
    deelzaak = _start_tenuitvoerlegging(last, door=door)
    _status(deelzaak, "uitvoering", door=door, toelichting=toelichting)
    if kosten is not None:
        _status(deelzaak, "kostenverhaal", door=door, toelichting=f"Kosten € {kosten} (art. 5:25 Awb)")
    leg_stap_vast(
        hz,
        StapSoort.BESTUURSDWANG,
        door=door,
        datum=datum,
        toelichting=f"{toelichting} {f'Kosten € {kosten} te verhalen.' if kosten is not None else ''}".strip(),
    )
    zet_fase(hz, Fase.BESTUURSDWANG, door=door)
    return last

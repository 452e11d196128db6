"""Shared pieces of the handhaving state machine: errors, permission and state checks,
recording a step, the zaak status mirror, besluiten and letter data."""

import datetime

from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from handhaving.models import Fase, Handhavingszaak, Stap
from zaken import actions as zaak_actions
from zaken.models import Besluit

BESLUITEN = "handhaving.besluiten"
F = Fase
OPEN = {f for f in Fase if f != F.AFGEHANDELD}

# Per transition: the fases it may start from. The escalation order of DOMAIN.md §4.
TOEGESTAAN: dict[str, set[str]] = {
    "interventie": OPEN,
    "overtreding": OPEN,
    "aanspreken": {F.CONSTATERING},
    "waarschuwen": {F.CONSTATERING, F.AANGESPROKEN},
    "hercontrole": {F.AANGESPROKEN, F.WAARSCHUWING, F.LAST, F.VERBEURD},
    "hercontrole_uitslag": {F.HERCONTROLE},
    "voornemen": {F.CONSTATERING, F.AANGESPROKEN, F.WAARSCHUWING},
    "zienswijze": {F.VOORNEMEN},
    "last": {F.ZIENSWIJZE},
    "spoedbestuursdwang": {F.CONSTATERING, F.AANGESPROKEN, F.WAARSCHUWING, F.VOORNEMEN, F.ZIENSWIJZE},
    "verbeurte": {F.LAST, F.VERBEURD, F.INVORDERING},
    "rechtsmiddel": {F.LAST, F.VERBEURD, F.INVORDERING, F.BESTUURSDWANG, F.HERCONTROLE},
    "invordering": {F.VERBEURD, F.INVORDERING},
    "betaling": {F.VERBEURD, F.INVORDERING},
    "bestuursdwang": {F.LAST},
    "gedogen": {F.CONSTATERING, F.AANGESPROKEN, F.WAARSCHUWING, F.VOORNEMEN, F.ZIENSWIJZE},
    "afsluiten": OPEN,
}


class HandhavingFout(Exception):
    """A step the rules do not allow; the message is Dutch and shown to the user."""


class GeenBevoegdheid(HandhavingFout):
    pass


def heeft_recht(door, organisatie, *rechten: str) -> bool:
    from clo.accounts.models import Lidmaatschap

    if door is None or not door.pk:
        return False
    lid = Lidmaatschap.objects.actief().filter(medewerker=door, organisatie=organisatie).first()
    return bool(lid and set(rechten) & lid.rechten)


def vereis_recht(door, organisatie, *rechten: str) -> None:
    rechten = rechten or (BESLUITEN,)
    if not heeft_recht(door, organisatie, *rechten):
        if rechten == (BESLUITEN,):
            raise GeenBevoegdheid("Alleen een handhaver of jurist mag deze handhavingsstap nemen.")
        raise GeenBevoegdheid("Uw rol geeft geen toegang tot deze handhavingsstap.")


def vergrendel(hz: Handhavingszaak) -> Handhavingszaak:
    return Handhavingszaak.objects.select_for_update().select_related("zaak__zaaktype", "organisatie").get(pk=hz.pk)


def controleer(hz: Handhavingszaak, transitie: str, door, *rechten: str) -> Handhavingszaak:
    """Locks the row, then checks permission and the allowed previous fase."""
    hz = vergrendel(hz)
    vereis_recht(door, hz.organisatie, *rechten)
    if hz.fase not in TOEGESTAAN[transitie]:
        raise HandhavingFout(f"Deze stap kan niet in de fase '{Fase(hz.fase).label}'.")
    return hz


def zet_fase(
    hz: Handhavingszaak,
    fase: str,
    *,
    termijn: datetime.date | None = None,
    termijn_omschrijving: str = "",
    door,
    toelichting: str = "",
) -> None:
    oud = hz.fase
    hz.fase = fase
    hz.volgende_termijn = termijn
    hz.volgende_termijn_omschrijving = termijn_omschrijving if termijn else ""
    hz.save(
        update_fields=[
            "fase",
            "vorige_fase",
            "volgende_termijn",
            "volgende_termijn_omschrijving",
            "mislukte_hercontroles",
        ]
    )
    if oud != fase:
        log_gebeurtenis(
            organisatie=hz.organisatie,
            door=door,
            actie=f"handhaving.{fase}",
            zaak=hz.zaak,
            obj=hz,
            omschrijving=f"Handhaving van '{Fase(oud).label}' naar '{Fase(fase).label}'.",
            reden=toelichting,
        )


def zaakstatus(hz: Handhavingszaak, code: str, *, door, toelichting: str = "") -> None:
    statustype = hz.zaak.zaaktype.statustypen.filter(code=code).first()
    if statustype is not None and not hz.zaak.is_afgesloten:
        zaak_actions.zet_status(hz.zaak, statustype, door=door, toelichting=toelichting)


def leg_stap_vast(
    hz: Handhavingszaak,
    soort: str,
    *,
    door,
    datum: datetime.date | None = None,
    berekening=None,
    toelichting: str = "",
    document=None,
) -> Stap:
    stap = Stap.objects.create(
        handhavingszaak=hz,
        soort=soort,
        datum=datum or timezone.localdate(),
        termijn_einde=berekening.einddatum if berekening is not None else None,
        uitleg=berekening.to_dict() if berekening is not None else {},
        toelichting=toelichting,
        document=document,
        door=door if door is not None and door.pk else None,
    )
    termijn = f" Termijn tot {berekening.einddatum:%d-%m-%Y}." if berekening is not None else ""
    log_gebeurtenis(
        organisatie=hz.organisatie,
        door=door,
        actie=f"handhaving.stap.{soort}",
        zaak=hz.zaak,
        obj=stap,
        omschrijving=f"{stap.get_soort_display()} vastgelegd.{termijn}",
        reden=toelichting,
        data={"termijn": berekening.to_dict()} if berekening is not None else {},
    )
    return stap


def neem_besluit(
    zaak,
    *,
    besluittype: str,
    uitkomst: str = "",
    datum: datetime.date,
    door,
    toelichting: str = "",
    verzenddatum: datetime.date | None = None,
    vervaldatum: datetime.date | None = None,
) -> Besluit:
    nummer = Besluit.objects.filter(zaak=zaak).count() + 1
    besluit = Besluit.objects.create(
        zaak=zaak,
        identificatie=f"{zaak.identificatie}-B{nummer:02d}",
        besluittype=besluittype,
        uitkomst=uitkomst,
        datum=datum,
        ingangsdatum=datum,
        verzenddatum=verzenddatum or datum,
        vervaldatum=vervaldatum,
        toelichting=toelichting,
    )
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="besluit.genomen",
        zaak=zaak,
        obj=besluit,
        omschrijving=f"Besluit '{besluittype}'{f' ({uitkomst})' if uitkomst else ''} genomen.",
        reden=toelichting,
    )
    return besluit


def _persoon(b) -> dict:
    if b is None:
        return {}
    return {
        "naam": b.naam,
        "aanhef": "Geachte heer/mevrouw",
        "adresregel": b.adresregel,
        "postcode": b.postcode,
        "woonplaats": b.woonplaats,
        "email": b.email,
        "telefoon": b.telefoon,
        "kvk_nummer": b.kvk_nummer,
    }


def briefgegevens(hz: Handhavingszaak, *, last=None, termijnen: dict | None = None, **handhaving) -> dict:
    """`extra` for letters: the overtreding(en), the overtreder as geadresseerde, amounts and
    termijn dates. Keys not (yet) in the letter schema are dropped by handhaving.brieven."""
    overtredingen = list(hz.overtredingen.select_related("overtreder"))
    eerste = overtredingen[0] if overtredingen else None
    gegevens = {
        "overtreding": "; ".join(o.omschrijving for o in overtredingen),
        "grondslag": "; ".join(sorted({o.wettelijke_grondslag for o in overtredingen if o.wettelijke_grondslag})),
        "maatregel": (last.maatregel if last else "; ".join(o.maatregel for o in overtredingen if o.maatregel)),
    }
    if last is not None:
        gegevens["soort_last"] = last.get_soort_display()
    if last is not None and last.bedrag is not None:
        gegevens.update(
            dwangsom_bedrag=last.bedrag, dwangsom_per=last.get_eenheid_display(), dwangsom_maximum=last.maximum
        )
    gegevens.update({k: v for k, v in handhaving.items() if v is not None})
    extra = {"handhaving": gegevens, "termijnen": termijnen or {}}
    overtreder = next((o.overtreder for o in overtredingen if o.overtreder_id), None) if eerste else None
    if overtreder is not None:
        extra["geadresseerde"] = _persoon(overtreder)
    return extra

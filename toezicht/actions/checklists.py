"""Checklist versions: a new version is a copy of the previous one; activating it retires the
old one, which stays attached to the controles that used it."""

from django.db import transaction

from clo.audit.log import log_gebeurtenis
from toezicht.fouten import ToezichtFout
from toezicht.models import Checklist, ChecklistVersie, Sectie, VersieStatus, Vraag


@transaction.atomic
def nieuwe_versie(checklist: Checklist, *, door=None) -> ChecklistVersie:
    bron = checklist.versies.order_by("-versie").first()
    nieuw = ChecklistVersie.objects.create(checklist=checklist, versie=(bron.versie + 1) if bron else 1)
    if bron:
        nieuwe_vraag: dict[int, Vraag] = {}
        for sectie in bron.secties.prefetch_related("vragen"):
            kopie = Sectie.objects.create(versie=nieuw, volgorde=sectie.volgorde, titel=sectie.titel)
            for vraag in sectie.vragen.order_by("volgorde", "id"):
                oud_pk, voorwaarde = vraag.pk, vraag.toon_als_vraag_id
                vraag.pk, vraag.sectie = None, kopie
                vraag.toon_als_vraag = nieuwe_vraag.get(voorwaarde) if voorwaarde else None
                vraag.save()
                nieuwe_vraag[oud_pk] = vraag
    log_gebeurtenis(
        organisatie=checklist.organisatie,
        door=door,
        actie="checklist.versie",
        obj=nieuw,
        omschrijving=f"Nieuwe conceptversie {nieuw.versie} van checklist '{checklist.naam}'.",
    )
    return nieuw


@transaction.atomic
def activeer_versie(versie: ChecklistVersie, *, door=None) -> ChecklistVersie:
    if versie.status != VersieStatus.CONCEPT:
        raise ToezichtFout("Alleen een conceptversie kan worden geactiveerd.")
    if not Vraag.objects.filter(sectie__versie=versie).exists():
        raise ToezichtFout("Een checklist zonder vragen kan niet worden geactiveerd.")
    versie.checklist.versies.filter(status=VersieStatus.ACTIEF).update(status=VersieStatus.VERVALLEN)
    ChecklistVersie.objects.filter(pk=versie.pk).update(status=VersieStatus.ACTIEF)
    versie.refresh_from_db()
    log_gebeurtenis(
        organisatie=versie.checklist.organisatie,
        door=door,
        actie="checklist.actief",
        obj=versie,
        omschrijving=f"{versie} is nu de actieve versie.",
    )
    return versie


@transaction.atomic
def laad_checklist(organisatie, data: dict) -> ChecklistVersie | None:
    """From a fixtures/checklists/*.json document. A version number that exists is left alone
    (shipped versions are never rewritten); a higher one becomes the new active version."""
    checklist, _ = Checklist.objects.update_or_create(
        organisatie=organisatie,
        code=data["code"],
        defaults={"naam": data["naam"], "fase": data["fase"], "omschrijving": data.get("omschrijving", "")},
    )
    if checklist.versies.filter(versie=data["versie"]).exists():
        return None
    if checklist.versies.filter(versie__gt=data["versie"]).exists():
        return None
    versie = ChecklistVersie.objects.create(
        checklist=checklist, versie=data["versie"], toelichting=data.get("toelichting", "")
    )
    op_code: dict[str, Vraag] = {}
    for s_nr, s in enumerate(data["secties"], start=1):
        sectie = Sectie.objects.create(versie=versie, volgorde=s_nr, titel=s["titel"])
        for v_nr, v in enumerate(s["vragen"], start=1):
            toon_als = v.get("toon_als") or {}
            if toon_als and toon_als["vraag"] not in op_code:
                raise ToezichtFout(f"Vraag {v['code']} verwijst naar onbekende of latere vraag {toon_als['vraag']}.")
            vraag = Vraag(
                sectie=sectie,
                code=v["code"],
                volgorde=v_nr,
                tekst=v["tekst"],
                type=v.get("type", "janee"),
                keuzes=v.get("keuzes", []),
                norm=v.get("norm", "ja"),
                eenheid=v.get("eenheid", ""),
                foto_verplicht=v.get("foto_verplicht", False),
                wettelijke_grondslag=v.get("grondslag", ""),
                toelichting=v.get("toelichting", ""),
                toon_als_vraag=op_code.get(toon_als.get("vraag")) if toon_als else None,
                toon_als_antwoord=toon_als.get("antwoord", ""),
            )
            vraag.full_clean()
            vraag.save()
            op_code[vraag.code] = vraag
    return activeer_versie(versie)

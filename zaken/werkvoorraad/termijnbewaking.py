"""Daily termijnbewaking: mark tasks and zaken nearing or past their deadline and tell the
behandelaar (in the app and by mail). Reports each level once: re-running the same day is a no-op."""

import datetime
import logging
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from zaken.models import Zaak
from zaken.werkvoorraad.models import Notificatie, Signaal, Taakkenmerk, Termijnsignaal

logger = logging.getLogger(__name__)


def niveau(deadline: datetime.date | None, vandaag: datetime.date) -> str:
    if deadline is None:
        return Signaal.GEEN
    if deadline < vandaag:
        return Signaal.VERLOPEN
    if (deadline - vandaag).days <= settings.WERKVOORRAAD_URGENT_DAGEN:
        return Signaal.NADERT
    return Signaal.GEEN


def _ververs_deadlines() -> None:
    # Tasks without a term of their own follow the zaak (opschorting/verlenging may have moved it).
    Taakkenmerk.objects.filter(open=True, eigen_deadline=False).update(
        deadline=Subquery(Zaak.objects.filter(pk=OuterRef("zaak_id")).values("uiterste_afdoeningsdatum")[:1])
    )


def voer_uit(vandaag: datetime.date | None = None) -> dict:
    vandaag = vandaag or timezone.localdate()
    from zaken.actions.termijnen import beeindig_verlopen_opschortingen

    # Before deadlines are refreshed: an unused aanvullingstermijn ends the opschorting, which
    # fixes the zaak's uiterste afdoeningsdatum.
    verlopen_opschortingen = beeindig_verlopen_opschortingen(vandaag)
    _ververs_deadlines()
    grens = vandaag + datetime.timedelta(days=settings.WERKVOORRAAD_URGENT_DAGEN)
    meldingen: dict = defaultdict(list)  # ontvanger -> [(zaak, tekst, sleutel)]
    telling = {"taken": 0, "zaken": 0, "meldingen": 0, "opschortingen_beeindigd": verlopen_opschortingen}

    taken = Taakkenmerk.objects.filter(open=True, deadline__lte=grens).select_related(
        "zaak__behandelaar", "task__owner"
    )
    for km in taken.iterator(chunk_size=500):
        nieuw = niveau(km.deadline, vandaag)
        if nieuw == km.signaal:
            continue
        Taakkenmerk.objects.filter(pk=km.pk).update(signaal=nieuw)
        telling["taken"] += 1
        ontvanger = km.task.owner or km.zaak.behandelaar
        if ontvanger and nieuw:
            woord = "is verlopen" if nieuw == Signaal.VERLOPEN else "loopt af"
            meldingen[ontvanger].append(
                (
                    km.zaak,
                    f"Taak '{km.titel}' van {km.zaak.identificatie} {woord} op {km.deadline:%d-%m-%Y}.",
                    f"taak-{km.pk}-{nieuw}",
                )
            )

    zaken = (
        Zaak.objects.open()
        .filter(uiterste_afdoeningsdatum__lte=grens, behandelaar__isnull=False)
        .select_related("behandelaar", "termijnsignaal")
    )
    for zaak in zaken.iterator(chunk_size=500):
        nieuw = niveau(zaak.uiterste_afdoeningsdatum, vandaag)
        vorig = getattr(zaak, "termijnsignaal", None)
        if vorig is not None and vorig.niveau == nieuw:
            continue
        Termijnsignaal.objects.update_or_create(zaak=zaak, defaults={"niveau": nieuw})
        telling["zaken"] += 1
        if nieuw:
            woord = "is overschreden" if nieuw == Signaal.VERLOPEN else "nadert"
            meldingen[zaak.behandelaar].append(
                (
                    zaak,
                    f"De beslistermijn van {zaak.identificatie} {woord}: uiterlijk "
                    f"{zaak.uiterste_afdoeningsdatum:%d-%m-%Y}.",
                    f"zaak-{zaak.pk}-{nieuw}-{zaak.uiterste_afdoeningsdatum}",
                )
            )

    for ontvanger, regels in meldingen.items():
        nieuw = [
            Notificatie(
                ontvanger=ontvanger, organisatie_id=zaak.organisatie_id, zaak=zaak, tekst=tekst, sleutel=sleutel
            )
            for zaak, tekst, sleutel in regels
        ]
        gemaakt = Notificatie.objects.bulk_create(nieuw, ignore_conflicts=True)
        telling["meldingen"] += len(gemaakt)
        if ontvanger.email:
            try:
                send_mail(
                    "CLO termijnbewaking: termijnen die aandacht vragen",
                    "Goedemorgen,\n\n" + "\n".join(f"- {t}" for _, t, _ in regels) + "\n\nZie uw werkvoorraad in CLO.",
                    settings.DEFAULT_FROM_EMAIL,
                    [ontvanger.email],
                )
            except OSError:
                logger.exception("Mail termijnbewaking aan %s mislukt", ontvanger.pk)
    return telling

"""Read side of the werkvoorraad. Every list is one query plus a fixed number of counts,
whatever the number of rows."""

import datetime

from django.db.models import Count, F, Q
from django.utils import timezone
from viewflow.workflow.status import STATUS

from clo.accounts.rollen import Rol
from zaken.models import Zaak
from zaken.werkvoorraad import rechten
from zaken.werkvoorraad.models import Notificatie, Taakkenmerk


def open_taken(lid):
    """Open tasks of the active tenant on zaken this membership may see."""
    if lid is None:
        return Taakkenmerk.objects.none()
    return Taakkenmerk.objects.filter(
        organisatie_id=lid.organisatie_id,
        open=True,
        zaak__in=Zaak.objects.voor_lidmaatschap(lid).values("pk"),
    )


def _team_filter(lid, user) -> Q:
    rollen = set(lid.rollen)
    q = Q(task__status=STATUS.NEW)
    if Rol.TEAMLEIDER not in rollen:
        q &= Q(rol__in=rollen)
    if lid.team.strip():
        q &= Q(team="") | Q(team__in=rechten.teamcodes(lid.team))
    return q & ~Q(vier_ogen_uitgesloten=user)


def _mijn_filter(user) -> Q:
    return Q(task__owner=user, task__status=STATUS.ASSIGNED)


def taken(lid, user, lijst: str = "mijn"):
    filter_ = _mijn_filter(user) if lijst == "mijn" else _team_filter(lid, user)
    return open_taken(lid).filter(filter_).select_related("zaak__zaaktype", "task__owner")


def filter_en_sorteer(qs, data: dict):
    if data.get("zaaktype"):
        qs = qs.filter(zaak__zaaktype__identificatie=data["zaaktype"])
    if data.get("taak"):
        qs = qs.filter(titel=data["taak"])
    vandaag = timezone.localdate()
    termijn = data.get("termijn")
    if termijn == "verlopen":
        qs = qs.filter(deadline__lt=vandaag)
    elif termijn in ("week", "maand"):
        dagen = 7 if termijn == "week" else 30
        qs = qs.filter(deadline__gte=vandaag, deadline__lte=vandaag + datetime.timedelta(days=dagen))
    if data.get("sortering") == "nieuwste":
        return qs.order_by("-task__created", "-pk")
    return qs.order_by(F("deadline").asc(nulls_last=True), "pk")


def tellingen(lid, user) -> dict:
    vandaag = timezone.localdate()
    mijn, team = _mijn_filter(user), _team_filter(lid, user)
    return open_taken(lid).aggregate(
        mijn=Count("pk", filter=mijn),
        mijn_verlopen=Count("pk", filter=mijn & Q(deadline__lt=vandaag)),
        voorraad=Count("pk", filter=team),
        team_verlopen=Count("pk", filter=team & Q(deadline__lt=vandaag)),
    )


def ongelezen_notificaties(user, lid):
    return Notificatie.objects.filter(ontvanger=user, organisatie_id=lid.organisatie_id, gelezen=False)


def teamoverzicht(lid) -> dict:
    """Per medewerker: open, overdue and due-this-week tasks; plus the unassigned queue."""
    vandaag = timezone.localdate()
    week = vandaag + datetime.timedelta(days=7)
    basis = Taakkenmerk.objects.filter(organisatie_id=lid.organisatie_id, open=True)
    per_medewerker = (
        basis.filter(task__status=STATUS.ASSIGNED)
        .values("task__owner", "task__owner__first_name", "task__owner__last_name", "task__owner__username")
        .annotate(
            totaal=Count("pk"),
            verlopen=Count("pk", filter=Q(deadline__lt=vandaag)),
            deze_week=Count("pk", filter=Q(deadline__gte=vandaag, deadline__lte=week)),
        )
        .order_by("-verlopen", "-deze_week", "task__owner__last_name")
    )
    onverdeeld = (
        basis.filter(task__status=STATUS.NEW)
        .values("rol", "team")
        .annotate(
            totaal=Count("pk"),
            verlopen=Count("pk", filter=Q(deadline__lt=vandaag)),
            deze_week=Count("pk", filter=Q(deadline__gte=vandaag, deadline__lte=week)),
        )
        .order_by("rol", "team")
    )
    te_laat = basis.filter(deadline__lt=vandaag).select_related("zaak", "task__owner").order_by("deadline", "pk")[:50]
    deze_week = (
        basis.filter(deadline__gte=vandaag, deadline__lte=week)
        .select_related("zaak", "task__owner")
        .order_by("deadline", "pk")[:50]
    )
    return {
        "per_medewerker": list(per_medewerker),
        "onverdeeld": list(onverdeeld),
        "te_laat": list(te_laat),
        "deze_week": list(deze_week),
    }


def taken_van_zaak(zaak):
    return Taakkenmerk.objects.filter(zaak=zaak).select_related("task__owner").order_by("-open", "task__created", "pk")

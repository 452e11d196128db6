"""Read side of the werkvoorraad. Every list is one query plus a fixed number of counts,
whatever the number of rows.

The queues filter on the kenmerk's copies of the task's status and owner and reach the zaak
by a join (visibility), so each page and each count is an index scan in display order that
stops after a page or after the count's cap (see docs/performance.md)."""

import datetime

from django.db.models import Count, F, Q
from django.utils import timezone
from viewflow.workflow.status import STATUS

from clo.accounts.rollen import Rol
from zaken.querysets import zichtbaarheid
from zaken.werkvoorraad import rechten
from zaken.werkvoorraad.models import Notificatie, Taakkenmerk
from zaken.werkvoorraad.tellingen import tel_wachtrijen

# Tabs and the list stop counting here ("99+", "meer dan 99"): counting a 1,000-task queue
# costs 20x more than counting to 100 (benchmarks/werkvoorraad.py) and tells a medewerker
# nothing more. The teamleider dashboard has the exact numbers per group.
TELGRENS = 99


def open_taken(lid):
    """Open tasks of the active tenant on zaken this membership may see."""
    zichtbaar = zichtbaarheid(lid, pad="zaak__")
    if zichtbaar is None:
        return Taakkenmerk.objects.none()
    return Taakkenmerk.objects.filter(zichtbaar, organisatie_id=lid.organisatie_id, open=True)


def _team_filter(lid, user) -> Q:
    rollen = set(lid.rollen)
    q = Q(status=STATUS.NEW)
    if Rol.TEAMLEIDER not in rollen:
        q &= Q(rol__in=rollen)
    if lid.team.strip():
        q &= Q(team="") | Q(team__in=rechten.teamcodes(lid.team))
    return q & ~Q(vier_ogen_uitgesloten=user)


def _mijn_filter(user) -> Q:
    return Q(eigenaar=user, status=STATUS.ASSIGNED)


def taken(lid, user, lijst: str = "mijn"):
    filter_ = _mijn_filter(user) if lijst == "mijn" else _team_filter(lid, user)
    return open_taken(lid).filter(filter_).select_related("zaak__zaaktype", "eigenaar")


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
        # Task ids are issued in creation order: sorting on the key walks the primary key
        # backwards instead of sorting every open task by viewflow_task.created.
        return qs.order_by("-pk")
    # Matches the indexes wv_open_per_eigenaar and wv_teamvoorraad (deadline nulls last, pk).
    return qs.order_by(F("deadline").asc(nulls_last=True), "pk")


def tellingen(lid, user) -> dict[str, int]:
    """Counts of the werkvoorraad page: mijn, mijn_verlopen, team, team_verlopen and unread
    notificaties; exact up to TELGRENS (then TELGRENS + 1, shown as "99+"); one query."""
    basis = open_taken(lid)
    wachtrijen = {"mijn": basis.filter(_mijn_filter(user)), "team": basis.filter(_team_filter(lid, user))}
    overig = {"notificaties": ongelezen_notificaties(user, lid)}
    return tel_wachtrijen(wachtrijen, timezone.localdate(), TELGRENS, overig)


def telling_voor_lijst(tellingen: dict[str, int], lijst: str, data: dict) -> int | None:
    """The tab count that equals the list's own count (no zaaktype/taak/week filter), or None."""
    if data.get("zaaktype") or data.get("taak") or data.get("termijn") not in (None, "", "verlopen"):
        return None
    return tellingen[lijst + ("_verlopen" if data.get("termijn") == "verlopen" else "")]


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

"""Read side of the werkvoorraad. Every list is one query plus a fixed number of counts,
whatever the number of rows.

The queues filter on the kenmerk's copies of the task's status and owner and reach the zaak
by a join (visibility), so each page and each count is an index scan in display order that
stops after a page or after the count's cap (see docs/performance.md). The werkvoorraad page
runs its counts and rows through gecompileerd.py, which reuses their compiled SQL."""

import datetime

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Count, F, OuterRef, Q, Value
from django.db.models.functions import Concat
from django.utils import timezone
from viewflow.workflow.status import STATUS

from clo.accounts.rollen import Rol
from zaken.querysets import zichtbaarheid
from zaken.werkvoorraad import rechten
from zaken.werkvoorraad.models import Notificatie, Taakkenmerk

# Tabs and the list stop counting here ("99+", "meer dan 99"): counting a 1,000-task queue
# costs 20x more than counting to 100 (benchmarks/werkvoorraad.py) and tells a medewerker
# nothing more. The teamleider dashboard has the exact numbers per group.
TELGRENS = 99


def _open_zichtbaar(lid) -> Q | None:
    """Open tasks of the active tenant on zaken this membership may see; None: no zaken."""
    zichtbaar = zichtbaarheid(lid, pad="zaak__")
    if zichtbaar is None:
        return None
    return Q(zichtbaar, organisatie_id=lid.organisatie_id, open=True)


# The user goes in by primary key: the conditions are kept as keys of compiled SQL
# (gecompileerd.py), and request.user is a lazy object that holds on to its request.
def _team_filter(lid, user) -> Q:
    rollen = set(lid.rollen)
    q = Q(status=STATUS.NEW)
    if Rol.TEAMLEIDER not in rollen:
        q &= Q(rol__in=rollen)
    if lid.team.strip():
        q &= Q(team="") | Q(team__in=rechten.teamcodes(lid.team))
    return q & ~Q(vier_ogen_uitgesloten_id=user.pk)


def _mijn_filter(user) -> Q:
    return Q(eigenaar_id=user.pk, status=STATUS.ASSIGNED)


def wachtrij_voorwaarden(lid, user) -> dict[str, Q | None]:
    """The conditions of the two queues, "mijn" and "team" (None: this membership sees no
    zaken). Conditions rather than querysets: the tab counts and the list share them, and
    building a queryset from them costs about as much as running its query."""
    basis = _open_zichtbaar(lid)
    if basis is None:
        return {"mijn": None, "team": None}
    return {"mijn": basis & _mijn_filter(user), "team": basis & _team_filter(lid, user)}


def filter_voorwaarde(data: dict, vandaag: datetime.date) -> Q:
    """The list's own filters (zaaktype, taak, termijn) as one condition."""
    q = Q()
    if data.get("zaaktype"):
        q &= Q(zaak__zaaktype__identificatie=data["zaaktype"])
    if data.get("taak"):
        q &= Q(titel=data["taak"])
    termijn = data.get("termijn")
    if termijn == "verlopen":
        q &= Q(deadline__lt=vandaag)
    elif termijn in ("week", "maand"):
        dagen = 7 if termijn == "week" else 30
        q &= Q(deadline__gte=vandaag, deadline__lte=vandaag + datetime.timedelta(days=dagen))
    return q


VOLGORDEN = {
    # Matches the indexes wv_open_per_eigenaar and wv_teamvoorraad (deadline nulls last, pk).
    "termijn": (F("deadline").asc(nulls_last=True), "pk"),
    # Task ids are issued in creation order: sorting on the key walks the primary key
    # backwards instead of sorting every open task by viewflow_task.created.
    "nieuwste": ("-pk",),
}


def volgorde(data: dict) -> str:
    return "nieuwste" if data.get("sortering") == "nieuwste" else "termijn"


def in_volgorde(voorwaarde: Q | None, sortering: str = "termijn"):
    """The tasks meeting `voorwaarde` in display order (None: no tasks)."""
    if voorwaarde is None:
        return Taakkenmerk.objects.none()
    return Taakkenmerk.objects.filter(voorwaarde).order_by(*VOLGORDEN[sortering])


# What a row of the list shows (views/rijen.py), read as plain values: no model instances
# (four per row with their related objects) are built for a page of 25 rows.
LIJSTVELDEN = (
    "pk",
    "zaak_id",
    "eigenaar_id",
    "titel",
    "rol",
    "team",
    "deadline",
    "zaak__identificatie",
    "zaak__omschrijving",
    "zaak__zaaktype__omschrijving",
    "eigenaar__first_name",
    "eigenaar__last_name",
    "eigenaar__username",
)
# Between soort and naam in one element of signalen(): soort is a choice key without it.
SCHEIDING = "\x1f"


def signalen():
    """Per task row: "soort␟naam" of each signal of its zaak (zaken.zoeken's rule,
    actieve_signalen), read as part of the list query instead of as a query of its own (that
    query cost a page more than reading its rows)."""
    from zaken.zoeken.selectors import actieve_signalen

    return ArraySubquery(
        actieve_signalen()
        .filter(zaak_id=OuterRef("zaak_id"))
        .values(signaal=Concat("zone__soort", Value(SCHEIDING), "zone__naam"))
    )


def rijen(voorwaarde: Q, sortering: str, begin: int, eind: int):
    """Rows begin..eind of the list as dicts: LIJSTVELDEN plus `signalen`."""
    return in_volgorde(voorwaarde, sortering)[begin:eind].values(*LIJSTVELDEN, signalen=signalen())


def telling_voor_lijst(tellingen: dict[str, int], lijst: str, data: dict) -> int | None:
    """The tab count that equals the list's own count (no zaaktype/taak/week filter), or None."""
    if data.get("zaaktype") or data.get("taak") or data.get("termijn") not in (None, "", "verlopen"):
        return None
    return tellingen[lijst + ("_verlopen" if data.get("termijn") == "verlopen" else "")]


def ongelezen_voorwaarde(user, lid) -> Q:
    return Q(ontvanger_id=user.pk, organisatie_id=lid.organisatie_id, gelezen=False)


def ongelezen_notificaties(user, lid):
    return Notificatie.objects.filter(ongelezen_voorwaarde(user, lid))


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

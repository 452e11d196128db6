"""Capped counts of work queues, two per queue (all / overdue), and of anything else the page
counts (unread notifications), from one query.

Each queue is read in its display order (deadline, nulls last) up to `grens` + 1 rows, the
same index scan as the list's first page. Overdue rows come first in that order, so the
overdue count among those rows is exact whenever it is below the cap."""

import datetime
from typing import NamedTuple

from django.db import connections
from django.db.models import F, QuerySet


class Telquery(NamedTuple):
    """The SQL of one tel_wachtrijen call (immutable: gecompileerd.py keeps it for reuse)."""

    alias: str
    sql: str  # "" when every queryset is empty: nothing to ask the database
    params: tuple
    namen: tuple[str, ...]  # the columns of the one result row
    nullen: tuple[str, ...]  # counts known to be 0 without asking (empty querysets)


def tel_sql(
    wachtrijen: dict[str, QuerySet], peildatum: datetime.date, grens: int, overig: dict[str, QuerySet] | None = None
) -> Telquery:
    delen, params, namen, nullen = [], [], [], []
    alias = "default"
    for naam, qs in wachtrijen.items():
        if qs.query.is_empty():
            nullen += [naam, f"{naam}_verlopen"]
            continue
        rijen = qs.order_by(F("deadline").asc(nulls_last=True), "pk").values("deadline")[: grens + 1]
        alias = rijen.db
        sql, p = rijen.query.get_compiler(using=alias).as_sql()
        delen.append(f"(SELECT COUNT(*), COUNT(*) FILTER (WHERE deadline < %s) FROM ({sql}) AS r) AS {naam}")
        params += [peildatum, *p]
        namen += [naam, f"{naam}_verlopen"]
    for naam, qs in (overig or {}).items():
        if qs.query.is_empty():
            nullen.append(naam)
            continue
        rijen = qs.order_by().values("pk")[: grens + 1]
        alias = rijen.db
        sql, p = rijen.query.get_compiler(using=alias).as_sql()
        delen.append(f"(SELECT COUNT(*) FROM ({sql}) AS r) AS {naam}")
        params += p
        namen.append(naam)
    sql = "SELECT * FROM " + " CROSS JOIN ".join(delen) if delen else ""
    return Telquery(alias, sql, tuple(params), tuple(namen), tuple(nullen))


def tel(query: Telquery) -> dict[str, int]:
    uitkomst = dict.fromkeys(query.nullen, 0)
    if query.sql:
        with connections[query.alias].cursor() as cursor:
            cursor.execute(query.sql, query.params)
            uitkomst |= dict(zip(query.namen, cursor.fetchone(), strict=True))
    return uitkomst


def tel_wachtrijen(
    wachtrijen: dict[str, QuerySet], peildatum: datetime.date, grens: int, overig: dict[str, QuerySet] | None = None
) -> dict[str, int]:
    """{naam: aantal, naam + "_verlopen": aantal met deadline vóór peildatum} per queue, plus a
    plain count per `overig` queryset; each number exact up to `grens`, `grens` + 1 beyond."""
    return tel(tel_sql(wachtrijen, peildatum, grens, overig))

"""The werkvoorraad page's two main queries (tab counts, list rows) with their compiled SQL
reused between requests.

Building a queryset and compiling it to SQL cost this page more CPU than PostgreSQL needs to
plan and run the query (docs/performance.md). The SQL is a pure function of what the query is
made of: its conditions (a Q, whose == and hash cover every lookup, value and negation), its
sort, its slice, the day the counts split on and the database. So it is kept per process
(bounded, least recently used out) under exactly those parts, and built from those parts and
nothing else: the same key always gives the same SQL, and another membership, role, team,
filter, page or day is another key. The values inside a Q must be plain (str, int, bool,
date, or lists of those; _gewoon() refuses anything else), so == between them means the same
SQL parameter: a model instance or queryset would compare by identity or query the database.

Only SQL text is kept, never rows: every request runs every query, so nothing shown is stale
and the number of queries does not depend on what is kept."""

import copy
import datetime
import functools
from typing import NamedTuple

from django.db import connections, router
from django.db.models import Q

from zaken.werkvoorraad import selectors
from zaken.werkvoorraad.models import Notificatie, Taakkenmerk
from zaken.werkvoorraad.tellingen import Telquery, tel, tel_sql

# Entries per process and function; one entry is a few kB of SQL.
BEWAREN = 512
_GEWOON = (str, int, datetime.date, type(None))  # bool is an int; a datetime is refused below


def _gewoon(voorwaarde: Q | None) -> Q | None:
    """`voorwaarde` itself, after checking that it holds plain values only."""
    for kind in voorwaarde.children if voorwaarde is not None else ():
        if isinstance(kind, Q):
            _gewoon(kind)
            continue
        if not (isinstance(kind, tuple) and len(kind) == 2):
            raise TypeError(f"werkvoorraad: {kind!r} cannot be part of a key of compiled SQL")
        waarde = kind[1]
        for w in waarde if isinstance(waarde, list | tuple | set | frozenset) else (waarde,):
            if not isinstance(w, _GEWOON) or isinstance(w, datetime.datetime):
                raise TypeError(f"werkvoorraad: {kind[0]}={w!r} cannot be part of a key of compiled SQL")
    return voorwaarde


def _qs(model, alias: str, voorwaarde: Q | None):
    if voorwaarde is None:
        return model.objects.none()
    # A copy: the key must stay exactly as it was hashed.
    return model.objects.using(alias).filter(copy.deepcopy(voorwaarde))


@functools.lru_cache(maxsize=BEWAREN)
def _tel_sql(
    alias: str, mijn: Q | None, team: Q | None, ongelezen: Q, peildatum: datetime.date, grens: int
) -> Telquery:
    wachtrijen = {"mijn": _qs(Taakkenmerk, alias, mijn), "team": _qs(Taakkenmerk, alias, team)}
    return tel_sql(wachtrijen, peildatum, grens, {"notificaties": _qs(Notificatie, alias, ongelezen)})


def tellingen(voorwaarden: dict[str, Q | None], ongelezen: Q, peildatum: datetime.date) -> dict[str, int]:
    """mijn, mijn_verlopen, team, team_verlopen and notificaties (unread), capped at
    selectors.TELGRENS; one query. `voorwaarden`: selectors.wachtrij_voorwaarden()."""
    sql = _tel_sql(
        router.db_for_read(Taakkenmerk),
        _gewoon(voorwaarden["mijn"]),
        _gewoon(voorwaarden["team"]),
        _gewoon(ongelezen),
        peildatum,
        selectors.TELGRENS,
    )
    return tel(sql)


class Lijstquery(NamedTuple):
    alias: str
    sql: str
    params: tuple
    kolommen: tuple[str, ...]


@functools.lru_cache(maxsize=BEWAREN)
def _rijen_sql(alias: str, voorwaarde: Q, sortering: str, begin: int, eind: int) -> Lijstquery:
    qs = selectors.rijen(copy.deepcopy(voorwaarde), sortering, begin, eind).using(alias)
    compiler = qs.query.get_compiler(using=qs.db)
    sql, params = compiler.as_sql()
    # rijen() reads the result as the database driver returns it; a column that Django would
    # convert (JSON, a custom field) needs that conversion here first.
    if compiler.get_converters([kolom for kolom, _, _ in compiler.select]):
        raise TypeError("werkvoorraad rows: a column needs Django's from_db conversion, see gecompileerd.rijen")
    kolommen = (*qs.query.extra_select, *qs.query.values_select, *qs.query.annotation_select)
    return Lijstquery(qs.db, sql, tuple(params), kolommen)


def rijen(voorwaarde: Q | None, sortering: str, begin: int, eind: int) -> list[dict]:
    """Rows begin..eind of the list as dicts, as selectors.rijen() gives them."""
    if voorwaarde is None or eind <= begin:
        return []
    query = _rijen_sql(router.db_for_read(Taakkenmerk), _gewoon(voorwaarde), sortering, begin, eind)
    with connections[query.alias].cursor() as cursor:
        cursor.execute(query.sql, query.params)
        return [dict(zip(query.kolommen, rij, strict=True)) for rij in cursor.fetchall()]

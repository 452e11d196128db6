"""The only tags and filters available in letter and mail templates."""

import datetime
from decimal import Decimal, InvalidOperation

from django.template import Library, defaultfilters, defaulttags

register = Library()

register.tag("if", defaulttags.do_if)
register.tag("for", defaulttags.do_for)
register.tag("comment", defaulttags.comment)

for _naam in (
    "date",
    "upper",
    "lower",
    "title",
    "capfirst",
    "default",
    "default_if_none",
    "linebreaksbr",
    "floatformat",
    "join",
    "length",
    "yesno",
    "pluralize",
):
    # Django's filter functions carry their own flags (is_safe, needs_autoescape, ...).
    register.filter(_naam, getattr(defaultfilters, _naam))

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


@register.filter
def datum(waarde) -> str:
    """17 december 2026 — independent of the active language."""
    if isinstance(waarde, datetime.datetime):
        waarde = waarde.date()
    if not isinstance(waarde, datetime.date):
        return "" if waarde in (None, "") else str(waarde)
    return f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"


@register.filter
def euro(waarde) -> str:
    """€ 1.442,00"""
    if waarde in (None, ""):
        return ""
    try:
        bedrag = Decimal(str(waarde))
    except InvalidOperation:
        return str(waarde)
    tekst = f"{bedrag:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {tekst}"

"""Turns a template plus context into letter HTML (layout in templates/documenten/brief.html)
and into a PDF through clo.pdf."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from clo.pdf import data_uri, render_pdf
from zaken.brieven.schema import SCHEMA
from zaken.brieven.sjabloontaal import compileer, render
from zaken.brieven.sjabloontaal_filters import datum

_ALINEA = re.compile(r"\n[ \t]*\n+")
_GENUMMERD = re.compile(r"^\d+\.\s+")


@dataclass
class Blok:
    titel: str
    tekst: str


def tekst_naar_html(tekst: str) -> SafeString:
    """The block text is already escaped; blank lines make paragraphs, '- ' lines a bulleted
    list and '1. ' lines a numbered list (voorschriften are referred to by number)."""
    delen: list[str] = []
    for alinea in _ALINEA.split(tekst.strip()):
        groep: list[str] = []
        soort = ""
        for regel in [r.strip() for r in alinea.splitlines() if r.strip()]:
            nieuw = "ul" if regel.startswith(("- ", "• ")) else "ol" if _GENUMMERD.match(regel) else "p"
            if nieuw != soort and groep:
                delen.append(_groep(soort, groep))
                groep = []
            soort = nieuw
            groep.append(regel)
        if groep:
            delen.append(_groep(soort, groep))
    return mark_safe("\n".join(delen))  # noqa: S308 - inputs were escaped by the template engine


def _groep(soort: str, regels: list[str]) -> str:
    if soort == "ul":
        return "<ul>" + "".join(f"<li>{r[2:].strip()}</li>" for r in regels) + "</ul>"
    if soort == "ol":
        return "<ol>" + "".join(f"<li>{_GENUMMERD.sub('', r)}</li>" for r in regels) + "</ol>"
    return f"<p>{'<br>'.join(regels)}</p>"


def render_blokken(blokken, context: dict) -> list[Blok]:
    resultaat = []
    for blok in blokken:
        titel = render(compileer(blok.titel, SCHEMA), context).strip() if blok.titel else ""
        tekst = render(compileer(blok.tekst, SCHEMA, naam=f"blok {blok.volgorde}"), context)
        resultaat.append(Blok(titel=mark_safe(titel), tekst=tekst_naar_html(tekst)))  # noqa: S308
    return resultaat


def render_onderwerp(onderwerp: str, context: dict) -> str:
    return " ".join(render(compileer(onderwerp, SCHEMA, html=False), context).split())


def _logo(organisatie) -> str:
    if not organisatie.logo:
        return ""
    try:
        with organisatie.logo.open("rb") as f:
            return data_uri(f.read(), organisatie.logo.name)
    except OSError:
        return ""


def render_brief_html(*, organisatie, onderwerp: str, blokken, context: dict, concept: bool) -> str:
    return render_to_string(
        "documenten/brief.html",
        {
            "org": organisatie,
            "logo": _logo(organisatie),
            "onderwerp": render_onderwerp(onderwerp, context),
            "blokken": render_blokken(blokken, context),
            "c": context,
            "concept": concept,
            "datum_tekst": datum(context.get("datum")),
            "bezoekadres_regel": ", ".join(r.strip() for r in organisatie.bezoekadres.splitlines() if r.strip()),
            "postadres_regels": format_html_join("", "{}<br>", ((r,) for r in organisatie.postadres.splitlines())),
        },
    )


def render_brief_pdf(sjabloon, context: dict, *, concept: bool, blokken=None) -> bytes:
    """blokken may be unsaved BriefBlok objects (admin preview)."""
    blokken = list(sjabloon.blokken.all()) if blokken is None else blokken
    html = render_brief_html(
        organisatie=sjabloon.organisatie,
        onderwerp=sjabloon.onderwerp,
        blokken=blokken,
        context=context,
        concept=concept,
    )
    return render_pdf(html, pdfa=not concept)

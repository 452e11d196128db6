"""The placeholder language of letter and mail templates: Django template syntax on a
dedicated Engine with no loaders, no {% load %}/{% include %}, and a whitelist of tags and
filters. Templates only ever see plain dicts, strings, dates and Decimals (see context.py), and
every placeholder is checked against the declared schema when functioneel beheer saves."""

from __future__ import annotations

from functools import cache

from django.core.exceptions import ValidationError
from django.template import Context, Engine, Template, TemplateSyntaxError
from django.template.base import FilterExpression, Node, TextNode, Variable, VariableNode
from django.template.defaulttags import ForNode, IfNode
from django.utils.html import conditional_escape

TOEGESTANE_TAGS = ("if", "elif", "else", "endif", "for", "empty", "endfor", "comment")
LUS_VARIABELEN = {"forloop.counter", "forloop.counter0", "forloop.first", "forloop.last", "forloop.revcounter"}


class SjabloonEngine(Engine):
    # Engine() otherwise adds Django's default tags/filters, including {% include %} and |safe.
    default_builtins = ["zaken.brieven.sjabloontaal_filters"]


@cache
def engine() -> SjabloonEngine:
    return SjabloonEngine(dirs=[], app_dirs=False, libraries={}, autoescape=True, debug=False, loaders=[])


def toegestane_paden(schema: dict[str, str]) -> set[str]:
    """All allowed paths, including every prefix (so `{% if gemachtigde %}` and
    `{% for v in besluit.voorschriften %}` are valid)."""
    paden: set[str] = set()
    for pad in schema:
        delen = pad.split(".")
        for i in range(1, len(delen) + 1):
            paden.add(".".join(delen[:i]))
            if delen[i - 1].endswith("[]"):
                paden.add(".".join([*delen[: i - 1], delen[i - 1][:-2]]))
    return paden


def _naar_pad(variable: Variable, lussen: dict[str, str]) -> str | None:
    if variable.lookups is None:  # a literal: "tekst" or 12
        return None
    delen = ["[]" if deel.isdigit() else deel for deel in variable.lookups]
    eerste = lussen.get(delen[0], delen[0])
    pad = eerste
    for deel in delen[1:]:
        pad = pad + "[]" if deel == "[]" else f"{pad}.{deel}"
    return pad


def _variabelen_in_expressie(expressie, lussen, gevonden: list[str]) -> None:
    if expressie is None:
        return
    if isinstance(expressie, FilterExpression):
        if isinstance(expressie.var, Variable) and (pad := _naar_pad(expressie.var, lussen)):
            gevonden.append(pad)
        for _, argumenten in expressie.filters:
            for lookup, argument in argumenten:
                if lookup and (pad := _naar_pad(argument, lussen)):
                    gevonden.append(pad)
        return
    # smartif operators and literals
    if hasattr(expressie, "value"):
        _variabelen_in_expressie(expressie.value, lussen, gevonden)
    for kant in ("first", "second"):
        _variabelen_in_expressie(getattr(expressie, kant, None), lussen, gevonden)


def _loop(nodes, lussen: dict[str, str], gevonden: list[str], escape: bool) -> None:
    for node in nodes:
        if isinstance(node, TextNode):
            if escape:
                # Literal text is escaped like the placeholders: a template cannot inject markup.
                node.s = str(conditional_escape(node.s))
        elif isinstance(node, VariableNode):
            _variabelen_in_expressie(node.filter_expression, lussen, gevonden)
        elif isinstance(node, IfNode):
            for voorwaarde, nodelist in node.conditions_nodelists:
                _variabelen_in_expressie(voorwaarde, lussen, gevonden)
                _loop(nodelist, lussen, gevonden, escape)
        elif isinstance(node, ForNode):
            _variabelen_in_expressie(node.sequence, lussen, gevonden)
            bron = _naar_pad(node.sequence.var, lussen) if isinstance(node.sequence.var, Variable) else None
            binnen = {**lussen, "forloop": "forloop"}
            for naam in node.loopvars:
                binnen[naam] = f"{bron}[]" if bron else naam
            _loop(node.nodelist_loop, binnen, gevonden, escape)
            _loop(node.nodelist_empty or [], lussen, gevonden, escape)
        elif isinstance(node, Node):
            for attr in getattr(node, "child_nodelists", ()):
                _loop(getattr(node, attr, None) or [], lussen, gevonden, escape)


def compileer(bron: str, schema: dict[str, str], *, naam: str = "tekst", html: bool = True) -> Template:
    """Parse and check a template text; raises ValidationError (Dutch) listing syntax errors
    or every unknown placeholder. html=False for plain text (mail subject and text body)."""
    try:
        template = engine().from_string(bron)
    except TemplateSyntaxError as exc:
        raise ValidationError(f"Fout in {naam}: {_vertaal(str(exc))}", code="syntax") from exc
    gevonden: list[str] = []
    _loop(template.nodelist, {}, gevonden, escape=html)
    template.clo_html = html
    toegestaan = toegestane_paden(schema)
    onbekend = sorted({p for p in gevonden if p not in toegestaan and p not in LUS_VARIABELEN})
    if onbekend:
        lijst = ", ".join("{{ " + p.replace("[]", "") + " }}" for p in onbekend)
        raise ValidationError(
            f"Onbekende placeholder(s) in {naam}: {lijst}. Gebruik alleen de placeholders uit de lijst "
            "'Beschikbare placeholders'.",
            code="onbekende_placeholder",
        )
    return template


def _vertaal(melding: str) -> str:
    if "Invalid block tag" in melding:
        tag = melding.split("'")[1] if "'" in melding else "?"
        return (
            f"onbekende opdracht {{% {tag} %}}. Toegestaan zijn alleen "
            f"{', '.join('{% ' + t + ' %}' for t in TOEGESTANE_TAGS)}."
        )
    if "Invalid filter" in melding:
        filter_naam = melding.split("'")[1] if "'" in melding else "?"
        from zaken.brieven.sjabloontaal_filters import register

        return f"onbekend filter |{filter_naam}. Toegestaan: {', '.join(sorted(register.filters))}."
    if "Unclosed tag" in melding:
        return f"een opdracht is niet afgesloten ({melding})."
    return melding


def render(template: Template, context: dict) -> str:
    return template.render(Context(context, autoescape=getattr(template, "clo_html", True)))

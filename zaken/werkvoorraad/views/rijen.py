"""The rows of a task list (the <tbody> of templates/werkvoorraad/_resultaten.html), rendered in
Python once per page.

Why not in the template: a 25-row page is ~600 template nodes (variable lookups, autoescape,
`if`s); that was the largest single part of the page's rendering (1.4 ms of a ~20 ms page;
building and rendering the rows here: 0.5–0.8 ms). The markup below is the markup the template
had (compared page by page when it moved), escaped the way autoescape does (clo.core.widgets.esc);
tests/werkvoorraad/test_rijen.py checks escaping, buttons, links and signals.

Links are reversed once per page and filled in per row (a 25-row page with four links a row
spent more time in reverse() than in all of its queries). The rows come in as `values()`
dicts (selectors.LIJSTVELDEN, with the zaak's risk zones as `signalen`), so no model
instances are built and the signals need no query of their own."""

from django.utils.safestring import SafeString, mark_safe

from clo.accounts.models import Medewerker
from clo.core.widgets import esc
from zaken.views.lijst import termijn, url_sjabloon
from zaken.werkvoorraad.rechten import rol_past
from zaken.werkvoorraad.selectors import SCHEIDING
from zaken.zoeken.models import Risicozone

TAAKLINKS = ("taak", "oppakken", "vrijgeven", "toewijzen")
# What Risicozone.get_soort_display() shows.
SOORT_LABELS = dict(Risicozone._meta.get_field("soort").flatchoices)


def _naam(rij: dict) -> str:
    # Medewerker.__str__ stays the one definition of how a name shows.
    return str(
        Medewerker(
            first_name=rij["eigenaar__first_name"],
            last_name=rij["eigenaar__last_name"],
            username=rij["eigenaar__username"],
        )
    )


def _termijn(datum) -> str:
    # The markup of includes/termijn_label.html for an open item.
    t = termijn(datum)
    if t is None:
        return "—"
    return (
        f'<span class="termijn termijn--{esc(t["code"])}">{esc(t["datum"])}'
        f'<span class="visueel-verborgen"> ({esc(t["label"])})</span></span>'
    )


def _signaal(soort: str, naam: str) -> str:
    return f"{SOORT_LABELS.get(soort, soort)}: {naam}"


def maak_rijen(taken, *, lijst: str, mag_verdelen: bool, rollen=None) -> list[SafeString]:
    """One <tr> per task. `lijst` "team" gets an Oppakken button where `rollen` (the
    medewerker's) may take the task's role — a teamleider sees advice tasks to assign them, not
    to take them — and "mijn" a Vrijgeven button; `mag_verdelen` adds the Toewijzen link. Every
    button submits the page's one form `wv-actie` (one CSRF token per page) to its own formaction."""
    url = {naam: url_sjabloon(f"werkvoorraad:{naam}", int) for naam in TAAKLINKS}
    zaak_url = url_sjabloon("zaken:detail")
    namen: dict[int, str] = {}  # one name per eigenaar: "mijn taken" is 25 times the same one
    rijen = []
    for km in taken:
        pk, identificatie = km["pk"], km["zaak__identificatie"]
        titel, zaak = esc(km["titel"]), esc(identificatie)
        # The buttons' accessible names: "Oppakken <taak> <zaak>".
        wat = f'<span class="visueel-verborgen"> {titel} {zaak}</span>'
        if lijst == "team" and rollen is not None and not rol_past(km["rol"], rollen):
            actie = ""
        elif lijst == "team":
            actie = (
                f'<button type="submit" form="wv-actie" formaction="{esc(url["oppakken"](pk))}">Oppakken{wat}</button>'
            )
        else:
            actie = (
                f'<button type="submit" form="wv-actie" formaction="{esc(url["vrijgeven"](pk))}"'
                f' class="link">Vrijgeven{wat}</button>'
            )
        toewijzen = f'<a href="{esc(url["toewijzen"](pk))}">Toewijzen{wat}</a>' if mag_verdelen else ""
        team = f" <small>({esc(km['team'])})</small>" if km["team"] else ""
        signaal = ", ".join(_signaal(*s.split(SCHEIDING, 1)) for s in km["signalen"])
        if signaal:
            signaal = esc(signaal)
            signaal = (
                f' <strong class="signaal-label" title="Signaal: {signaal}">Signaal'
                f'<span class="visueel-verborgen">: {signaal}</span></strong>'
            )
        eigenaar_id = km["eigenaar_id"]
        if eigenaar_id is not None and eigenaar_id not in namen:
            namen[eigenaar_id] = _naam(km)
        eigenaar = namen[eigenaar_id] if eigenaar_id is not None else ""
        rijen.append(
            mark_safe(
                f"""
    <tr>
      <td>{_termijn(km["deadline"])}</td>
      <td><a href="{esc(url["taak"](pk))}">{titel}</a>{team}</td>
      <td><a href="{esc(zaak_url(identificatie))}">{zaak}</a> {esc(km["zaak__omschrijving"])}{signaal}</td>
      <td>{esc(km["zaak__zaaktype__omschrijving"])}</td>
      <td>{esc(eigenaar) if eigenaar else "—"}</td>
      <td class="wv-acties">
        {actie}
        {toewijzen}
      </td>
    </tr>"""
            )
        )
    return rijen

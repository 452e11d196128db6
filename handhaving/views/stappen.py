"""One POST endpoint for every step on a handhavingszaak; the action enforces fase and
permission, the view only parses input and reports the outcome in Dutch."""

import datetime
from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from clo.accounts.permissions import vereist_recht
from handhaving import actions
from handhaving.forms import InterventieForm, LastForm, VoornemenForm
from handhaving.models import Handhavingszaak, Last, Verbeurte
from zaken import selectors as zaak_selectors


class Invoerfout(Exception):
    pass


def _datum(post, naam: str, verplicht: bool = False) -> datetime.date | None:
    waarde = post.get(naam, "").strip()
    if not waarde:
        if verplicht:
            raise Invoerfout("Vul een datum in.")
        return None
    try:
        return datetime.date.fromisoformat(waarde)
    except ValueError:
        raise Invoerfout("Vul een geldige datum in (dd-mm-jjjj).") from None


def _bedrag(post, naam: str) -> Decimal | None:
    try:
        return Decimal(post[naam].replace(",", ".")) if post.get(naam, "").strip() else None
    except InvalidOperation:
        raise Invoerfout("Vul een geldig bedrag in.") from None


def _formulier(form_class, post) -> dict:
    form = form_class(post)
    if not form.is_valid():
        raise Invoerfout(" ".join(m for fouten in form.errors.values() for m in fouten))
    return form.cleaned_data


def _interventie(request, hz):
    d = _formulier(InterventieForm, request.POST)
    actions.kies_interventie(hz, door=request.user, **d)
    return "Interventie vastgelegd."


def _voornemen(request, hz):
    d = _formulier(VoornemenForm, request.POST)
    actions.verstuur_voornemen(
        hz,
        door=request.user,
        soort=d["soort"],
        verzonden=d["verzonden"],
        zienswijze_weken=d["zienswijze_weken"],
        bedrag=d["bedrag"],
        eenheid=d["eenheid"],
        maximum=d["maximum"],
    )
    return "Voornemen verzonden."


def _last(request, hz):
    d = _formulier(LastForm, request.POST)
    actions.leg_last_op(hz, door=request.user, **d)
    return "Last opgelegd."


def _last_van(hz, request) -> Last:
    last = hz.lasten.filter(pk=request.POST.get("last") or 0).first() or hz.lasten.order_by("-id").first()
    if last is None:
        raise Invoerfout("Er is geen last.")
    return last


def _verbeurte_van(hz, request) -> Verbeurte:
    verbeurte = Verbeurte.objects.filter(last__handhavingszaak=hz, pk=request.POST.get("verbeurte") or 0).first()
    if verbeurte is None:
        raise Invoerfout("Kies een verbeurde dwangsom.")
    return verbeurte


STAPPEN = {
    "interventie": _interventie,
    "aanspreken": lambda r, hz: (
        actions.spreek_aan(hz, door=r.user, toelichting=r.POST.get("toelichting", "")) and "Gesprek vastgelegd."
    ),
    "waarschuwen": lambda r, hz: (
        actions.waarschuw(
            hz,
            door=r.user,
            verzonden=_datum(r.POST, "verzonden"),
            hersteltermijn_dagen=int(r.POST.get("hersteltermijn_dagen") or 0) or None,
        )
        and "Waarschuwing verzonden."
    ),
    "hercontrole": lambda r, hz: "Hercontrole {} aangemaakt.".format(
        actions.plan_hercontrole(hz, door=r.user, datum=_datum(r.POST, "datum", True)).identificatie
    ),
    "hercontrole_uitslag": lambda r, hz: (
        actions.verwerk_hercontrole(
            hz, door=r.user, nageleefd=r.POST.get("nageleefd") == "ja", toelichting=r.POST.get("toelichting", "")
        )
        and "Uitslag van de hercontrole vastgelegd."
    ),
    "voornemen": _voornemen,
    "zienswijze": lambda r, hz: (
        actions.verwerk_zienswijze(
            hz,
            door=r.user,
            ontvangen=bool(r.POST.get("samenvatting", "").strip()),
            samenvatting=r.POST.get("samenvatting", ""),
        )
        and "Zienswijze verwerkt."
    ),
    "last": _last,
    "spoed": lambda r, hz: (
        actions.spoedeisende_bestuursdwang(
            hz, door=r.user, maatregel=r.POST.get("maatregel", ""), motivering=r.POST.get("motivering", "")
        )
        and "Spoedeisende bestuursdwang vastgelegd."
    ),
    "verbeurte": lambda r, hz: (
        actions.registreer_verbeurte(
            _last_van(hz, r), door=r.user, datum=_datum(r.POST, "datum", True), aantal=int(r.POST.get("aantal") or 1)
        )
        and "Verbeurte vastgelegd."
    ),
    "rechtsmiddel": lambda r, hz: (
        actions.registreer_rechtsmiddel(
            _last_van(hz, r),
            door=r.user,
            soort=r.POST.get("soort", "bezwaar"),
            begin=_datum(r.POST, "begin", True),
            einde=_datum(r.POST, "einde"),
        )
        and "Bezwaar/beroep vastgelegd; verjaring herberekend."
    ),
    "invordering": lambda r, hz: (
        actions.invorder(_verbeurte_van(hz, r), door=r.user) and "Invorderingsbeschikking gemaakt."
    ),
    "betaling": lambda r, hz: (
        actions.registreer_betaling(_verbeurte_van(hz, r), door=r.user, datum=_datum(r.POST, "datum"))
        and "Betaling vastgelegd."
    ),
    "bestuursdwang": lambda r, hz: (
        actions.voer_bestuursdwang_uit(
            _last_van(hz, r), door=r.user, kosten=_bedrag(r.POST, "kosten"), toelichting=r.POST.get("toelichting", "")
        )
        and "Uitvoering bestuursdwang vastgelegd."
    ),
    "gedogen": lambda r, hz: (
        actions.gedoog(
            hz,
            door=r.user,
            geldig_van=_datum(r.POST, "geldig_van", True),
            geldig_tot=_datum(r.POST, "geldig_tot", True),
            voorwaarden=r.POST.get("voorwaarden", ""),
            motivering=r.POST.get("motivering", ""),
        )
        and "Gedoogbeschikking vastgelegd."
    ),
    "afsluiten": lambda r, hz: (
        actions.sluit_af(
            hz, door=r.user, resultaat=r.POST.get("resultaat", "uitgevoerd"), toelichting=r.POST.get("toelichting", "")
        )
        and "Handhavingszaak afgesloten."
    ),
}


@require_POST
@vereist_recht("handhaving.besluiten", "toezicht.uitvoeren")
def stap(request, identificatie: str):
    zaak = zaak_selectors.zaak_voor_request(request, identificatie)
    hz = Handhavingszaak.objects.filter(zaak=zaak).first()
    functie = STAPPEN.get(request.POST.get("actie", ""))
    if hz is None or functie is None:
        messages.error(request, "Onbekende handhavingsstap.")
    else:
        try:
            messages.success(request, functie(request, hz))
        except actions.GeenBevoegdheid as exc:
            raise PermissionDenied(str(exc)) from exc
        except (actions.HandhavingFout, Invoerfout) as exc:
            messages.error(request, f"{exc} Pas de gegevens aan en probeer het opnieuw.")
    return redirect(f"/zaken/{identificatie}/?tab=handhaving")

"""Adding a betrokkene by BSN or KvK-nummer: look up → confirm → store with a dated snapshot.

The looked-up data waits in the (server-side) session between the two steps, so nothing of it
travels through hidden form fields. When the registration is down the betrokkene can still be
added; the enrichment fills in name and address later.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from clo.core.validators import valideer_bsn, valideer_kvk_nummer
from zaken import selectors
from zaken.actions import ZaakFout, voeg_betrokkene_toe
from zaken.models import BetrokkeneType, RolOmschrijving

from ...brp.client import VELDEN_BETROKKENE
from ...errors import KoppelingFout
from .. import snapshots
from ..clients import client_voor
from ..models import Verrijking, VerrijkingStatus
from ..privacy import log_brp_opvraging, toon_bsn

DOEL = "Betrokkene toevoegen aan de zaak"
SOORTEN = [("bsn", "Persoon (BSN)"), ("kvk", "Bedrijf of instelling (KvK-nummer)")]


class OpzoekForm(forms.Form):
    roltype = forms.ModelChoiceField(queryset=None, label="Rol in de zaak")
    soort = forms.ChoiceField(choices=SOORTEN, label="Zoeken op", widget=forms.RadioSelect, initial="bsn")
    nummer = forms.CharField(max_length=9, label="BSN of KvK-nummer")

    def __init__(self, *args, zaak, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["roltype"].queryset = zaak.zaaktype.roltypen.exclude(
            omschrijving_generiek=RolOmschrijving.BEHANDELAAR
        ).order_by("omschrijving")

    def clean(self):
        d = super().clean()
        nummer = (d.get("nummer") or "").strip()
        try:
            (valideer_bsn if d.get("soort") == "bsn" else valideer_kvk_nummer)(nummer)
        except ValidationError as exc:
            self.add_error("nummer", exc)
        d["nummer"] = nummer
        return d


def _sessiesleutel(zaak) -> str:
    return f"basisregistraties_betrokkene_{zaak.pk}"


def _opzoeken(request, zaak, d) -> dict:
    if d["soort"] == "bsn":
        persoon = client_voor("brp").persoon(d["nummer"], VELDEN_BETROKKENE)
        log_brp_opvraging(
            organisatie=zaak.organisatie,
            door=request.user,
            bsn=d["nummer"],
            doel=DOEL,
            handeling="Persoon opzoeken in de BRP om als betrokkene toe te voegen",
            zaak_id=zaak.pk,
            betrokkenheid=d["roltype"].omschrijving,
        )
        data = snapshots.persoon(persoon)
        data["naamdelen"] = {
            "voornamen": persoon.voornamen or "",
            "voorvoegsel": persoon.voorvoegsel or "",
            "geslachtsnaam": persoon.geslachtsnaam or "",
        }
        return data
    data = snapshots.onderneming(client_voor("kvk").basisprofiel(d["nummer"]))
    data["adres"] = data["bezoekadres"]
    return data


def _adresvelden(adres: dict | None) -> dict:
    if not adres:
        return {}
    return {
        k: ("" if adres.get(k) is None else str(adres[k]))
        for k in ("straat", "huisnummer", "huisletter", "toevoeging", "postcode", "woonplaats")
    }


def _toevoegen(request, zaak, gegevens: dict, data: dict | None):
    roltype = zaak.zaaktype.roltypen.get(pk=gegevens["roltype_id"])
    is_bsn = gegevens["soort"] == "bsn"
    velden = {"bsn": gegevens["nummer"]} if is_bsn else {"kvk_nummer": gegevens["nummer"]}
    if data:
        velden.update(_adresvelden(data.get("adres")), **(data.get("naamdelen") or {}))
        velden.update(gegevens_per=timezone.localdate(), bron="brp" if is_bsn else "kvk")
    naam = (data or {}).get("naam") or ("Onbekend — wordt aangevuld uit de " + ("BRP" if is_bsn else "KvK"))
    betrokkene = voeg_betrokkene_toe(
        zaak,
        roltype=roltype,
        door=request.user,
        naam=naam,
        betrokkene_type=BetrokkeneType.NATUURLIJK_PERSOON if is_bsn else BetrokkeneType.NIET_NATUURLIJK_PERSOON,
        **velden,
    )
    if data:
        Verrijking.objects.create(
            zaak=zaak,
            betrokkene=betrokkene,
            soort="brp" if is_bsn else "kvk",
            status=VerrijkingStatus.OK,
            data={k: v for k, v in data.items() if k != "naamdelen"},
            opgehaald_op=timezone.now(),
            pogingen=1,
            object_id="" if is_bsn else gegevens["nummer"],
        )
    else:
        from ..verrijking import verrijk_zaak

        verrijk_zaak(zaak.pk)
    return betrokkene


@require_http_methods(["GET", "POST"])
@vereist_recht("zaak.behandelen")
def betrokkene_toevoegen(request, identificatie: str):
    zaak = selectors.zaak_voor_request(request, identificatie)
    lid = lidmaatschap_van(request)
    terug = reverse("zaken:detail", kwargs={"identificatie": zaak.identificatie}) + "?tab=basisregistraties"
    actie = request.POST.get("actie", "opzoeken")
    sleutel = _sessiesleutel(zaak)
    if request.method == "POST" and actie in ("bevestigen", "zonder_gegevens"):
        gegevens = request.session.pop(sleutel, None)
        if gegevens is None:
            messages.error(request, "De opgezochte gegevens zijn verlopen; zoek opnieuw.")
            return redirect(request.path)
        try:
            _toevoegen(request, zaak, gegevens, gegevens.get("data") if actie == "bevestigen" else None)
        except ZaakFout as exc:
            messages.error(request, str(exc))
            return redirect(request.path)
        messages.success(request, "De betrokkene is toegevoegd.")
        return redirect(terug)
    form = OpzoekForm(request.POST or None, zaak=zaak)
    context = {"zaak": zaak, "form": form, "terug": terug}
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        gegevens = {"soort": d["soort"], "nummer": d["nummer"], "roltype_id": d["roltype"].pk}
        try:
            gegevens["data"] = _opzoeken(request, zaak, d)
        except KoppelingFout as fout:
            context["fout"] = fout
            context["kan_zonder"] = fout.retryable
            gegevens["data"] = None
        if gegevens["data"] is not None or context.get("kan_zonder"):
            request.session[sleutel] = gegevens
        context.update(
            gegevens=gegevens,
            roltype=d["roltype"],
            nummer_weergave=toon_bsn(d["nummer"], lid) if d["soort"] == "bsn" else d["nummer"],
        )
    return render(request, "basisregistraties/betrokkene.html", context)

"""Handhavingsverzoek: register, link to a handhavingszaak, decide."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from handhaving import actions, selectors
from handhaving.forms import VerzoekForm
from handhaving.models import Handhavingsverzoek
from zaken import selectors as zaak_selectors


@vereist_recht("handhaving.besluiten", "zaak.aanmaken")
def nieuw(request):
    lid = lidmaatschap_van(request)
    form = VerzoekForm(request.POST or None, initial={"ontvangen": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            verzoek = actions.registreer_handhavingsverzoek(
                organisatie=lid.organisatie,
                door=request.user,
                omschrijving=d["omschrijving"],
                ontvangen=d["ontvangen"],
                verzoeker={
                    "naam": d["naam"],
                    "postcode": d["postcode"],
                    "woonplaats": d["woonplaats"],
                    "email": d["email"],
                    "betrokkene_type": "natuurlijk_persoon",
                },
            )
        except actions.GeenBevoegdheid as exc:
            raise PermissionDenied(str(exc)) from exc
        except actions.HandhavingFout as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"Handhavingsverzoek {verzoek.zaak.identificatie} is geregistreerd; beslissen "
                f"uiterlijk {verzoek.zaak.uiterste_afdoeningsdatum:%d-%m-%Y}.",
            )
            return redirect(f"/zaken/{verzoek.zaak.identificatie}/?tab=handhavingsverzoek")
    return render(request, "handhaving/verzoek_nieuw.html", {"form": form})


@require_POST
@vereist_recht("handhaving.besluiten")
def stap(request, identificatie: str):
    zaak = zaak_selectors.zaak_voor_request(request, identificatie)
    lid = lidmaatschap_van(request)
    verzoek = Handhavingsverzoek.objects.filter(zaak=zaak).first()
    actie = request.POST.get("actie")
    try:
        if verzoek is None:
            raise actions.HandhavingFout("Deze zaak is geen handhavingsverzoek.")
        if actie == "koppelen":
            hz = selectors.lopende_zaken(lid).filter(zaak__identificatie=request.POST.get("handhavingszaak")).first()
            if hz is None:
                raise actions.HandhavingFout("Kies een lopende handhavingszaak.")
            actions.koppel_verzoek(verzoek, hz, door=request.user)
            messages.success(request, f"Gekoppeld aan {hz.zaak.identificatie}.")
        elif actie == "starten":
            hz = actions.start_handhaving_uit_verzoek(
                verzoek, door=request.user, overtreding=request.POST.get("overtreding", "")
            )
            messages.success(request, f"Handhavingszaak {hz.zaak.identificatie} gestart.")
        elif actie == "besluiten":
            actions.beslis_op_verzoek(
                verzoek,
                door=request.user,
                uitkomst=request.POST.get("uitkomst", ""),
                motivering=request.POST.get("motivering", ""),
            )
            messages.success(request, "Besluit op het handhavingsverzoek genomen.")
        else:
            raise actions.HandhavingFout("Onbekende stap.")
    except actions.GeenBevoegdheid as exc:
        raise PermissionDenied(str(exc)) from exc
    except actions.HandhavingFout as exc:
        messages.error(request, str(exc))
    return redirect(f"/zaken/{identificatie}/?tab=handhavingsverzoek")

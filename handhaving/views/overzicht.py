"""The handhaver's overview and starting a handhavingszaak (by hand or from a bevinding)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from handhaving import actions, selectors
from handhaving import toezicht as toezicht_adapter
from handhaving.forms import StartForm

LEZEN = ("handhaving.besluiten", "toezicht.uitvoeren", "rapportage.inzien")


@vereist_recht(*LEZEN)
def overzicht(request):
    lid = lidmaatschap_van(request)
    return render(
        request,
        "handhaving/overzicht.html",
        {
            "per_fase": selectors.per_fase(lid),
            "lopend": selectors.lopende_zaken(lid)[:200],
            "in_te_vorderen": selectors.in_te_vorderen(lid)[:100],
            "bijna_verjaard": selectors.bijna_verjaard(lid)[:100],
            "verjaring_dagen": selectors.VERJARING_SIGNAAL_DAGEN,
            "voorstellen": toezicht_adapter.open_voorstellen(lid.organisatie)[:100],
            "vandaag": timezone.localdate(),
            "mag_besluiten": "handhaving.besluiten" in lid.rechten,
        },
    )


@vereist_recht("handhaving.besluiten", "toezicht.uitvoeren")
def nieuw(request):
    lid = lidmaatschap_van(request)
    form = StartForm(request.POST or None, initial={"geconstateerd_op": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            hz = actions.start_handhavingszaak(
                organisatie=lid.organisatie,
                door=request.user,
                omschrijving=d["omschrijving"],
                aanleiding=d["aanleiding"],
                overtreding=d["overtreding"],
                wettelijke_grondslag=d["wettelijke_grondslag"],
                maatregel=d["maatregel"],
                locatie=d["locatie"],
                geconstateerd_op=d["geconstateerd_op"],
                behandelaar=request.user,
                overtreder_gegevens={"naam": d["overtreder"]} if d["overtreder"] else None,
            )
        except actions.GeenBevoegdheid as exc:
            raise PermissionDenied(str(exc)) from exc
        except actions.HandhavingFout as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Handhavingszaak {hz.zaak.identificatie} is gestart.")
            return redirect(f"/zaken/{hz.zaak.identificatie}/?tab=handhaving")
    return render(request, "handhaving/nieuw.html", {"form": form})


@require_POST
@vereist_recht("handhaving.besluiten", "toezicht.uitvoeren")
def start_uit_voorstel(request, pk: int):
    lid = lidmaatschap_van(request)
    try:
        hz = toezicht_adapter.start_uit_bevinding(pk, door=request.user, organisatie=lid.organisatie)
    except actions.GeenBevoegdheid as exc:
        raise PermissionDenied(str(exc)) from exc
    except actions.HandhavingFout as exc:
        messages.error(request, str(exc))
        return redirect("handhaving:overzicht")
    messages.success(request, f"Handhavingszaak {hz.zaak.identificatie} is gestart uit de bevinding.")
    return redirect(f"/zaken/{hz.zaak.identificatie}/?tab=handhaving")

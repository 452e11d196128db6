"""Controle on the desktop: the 'Controle' tab of the zaak, starting a controle from another
zaak (vergunning, melding, klacht, handhavingsverzoek) or an object, and the follow-up steps."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.dateparse import parse_date

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from toezicht import selectors
from toezicht.actions.bevindingen import los_conflict_op
from toezicht.actions.controles import handel_controle_af, plan_hercontrole, start_controle
from toezicht.checklist_logica import vragen_van, zichtbare_vragen
from toezicht.forms import ControleStartForm
from toezicht.fouten import ToezichtFout
from toezicht.models import Aanleiding, Controle, ControleStatus, Foto
from zaken import selectors as zaak_selectors

AANLEIDING_PER_ZAAKTYPE = {
    "AANVRAAG-REGULIER": Aanleiding.VERGUNNING,
    "AANVRAAG-UITGEBREID": Aanleiding.VERGUNNING,
    "MELDING-ACTIVITEIT": Aanleiding.MELDING,
    "KLACHT-OPENBARE-RUIMTE": Aanleiding.KLACHT,
    "INCIDENTMELDING": Aanleiding.MELDING,
    "HANDHAVINGSVERZOEK": Aanleiding.HANDHAVINGSVERZOEK,
}


def controle_context(request, zaak, lid) -> dict:
    controle = (
        Controle.objects.filter(zaak=zaak)
        .select_related("object", "checklistversie__checklist", "toezichthouder", "rapport")
        .first()
    )
    if controle is None:
        return {"controle": None}
    bevindingen = {b.vraag_id: b for b in controle.bevindingen.select_related("overtredingsvoorstel")}
    fotos: dict = {}
    for f in controle.fotos.all():
        fotos.setdefault(f.vraag_id, []).append(f)
    vragen = zichtbare_vragen(vragen_van(controle.checklistversie), {k: b.antwoord for k, b in bevindingen.items()})
    return {
        "controle": controle,
        "rijen": [{"vraag": v, "bevinding": bevindingen.get(v.pk), "fotos": fotos.get(v.pk, [])} for v in vragen],
        "conflicten": controle.conflicten.filter(opgelost_op__isnull=True).select_related("vraag"),
        "mag_uitvoeren": "toezicht.uitvoeren" in lid.rechten,
        "kan_afhandelen": controle.status in (ControleStatus.GERAPPORTEERD, ControleStatus.HERCONTROLE),
        "resultaten": controle.zaak.zaaktype.resultaattypen.exclude(code="afgebroken"),
    }


@vereist_recht("toezicht.uitvoeren")
def nieuw(request):
    lid = lidmaatschap_van(request)
    bron = None
    if request.GET.get("zaak") or request.POST.get("zaak"):
        bron = zaak_selectors.zaak_voor_request(request, request.GET.get("zaak") or request.POST.get("zaak"))
    initial = {
        "aanleiding": AANLEIDING_PER_ZAAKTYPE.get(bron.zaaktype.identificatie, Aanleiding.OVERIG)
        if bron
        else Aanleiding.OVERIG,
        "object": request.GET.get("object"),
    }
    form = ControleStartForm(request.POST or None, initial=initial, organisatie=lid.organisatie)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            controle = start_controle(
                organisatie=lid.organisatie,
                checklistversie=d["checklist"].actieve_versie(),
                door=request.user,
                object=d["object"],
                aanleiding=d["aanleiding"],
                bron_zaak=bron,
                datum=d["datum"],
                toezichthouder=request.user if d["datum"] else None,
            )
        except ToezichtFout as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Controle {controle.zaak.identificatie} is aangemaakt.")
            return redirect(f"/zaken/{controle.zaak.identificatie}/?tab=controle")
    return render(request, "toezicht/controle_nieuw.html", {"form": form, "bron": bron})


@vereist_recht("toezicht.uitvoeren")
def actie(request, pk: int):
    lid = lidmaatschap_van(request)
    controle = selectors.controle_voor(lid, pk)
    terug = redirect(f"/zaken/{controle.zaak.identificatie}/?tab=controle")
    if request.method != "POST":
        return terug
    try:
        soort = request.POST.get("actie")
        if soort == "afhandelen":
            handel_controle_af(controle, door=request.user, resultaat_code=request.POST.get("resultaat", "uitgevoerd"))
            messages.success(request, "De controle is afgehandeld.")
        elif soort == "hercontrole":
            datum = parse_date(request.POST.get("datum", ""))
            if datum is None:
                raise ToezichtFout("Kies een datum voor de hercontrole.")
            nieuw_ = plan_hercontrole(controle, datum=datum, door=request.user)
            messages.success(request, f"Hercontrole {nieuw_.zaak.identificatie} gepland op {datum:%d-%m-%Y}.")
        elif soort == "conflict":
            conflict = controle.conflicten.get(pk=int(request.POST.get("conflict", 0)))
            los_conflict_op(conflict, keuze=request.POST.get("keuze", ""), door=request.user)
            messages.success(request, "Het conflict is opgelost.")
        elif soort == "afbreken":
            handel_controle_af(
                controle, door=request.user, resultaat_code="afgebroken", toelichting=request.POST.get("reden", "")
            )
            messages.success(request, "De controle is afgebroken.")
    except (ToezichtFout, ValueError, controle.conflicten.model.DoesNotExist) as exc:
        messages.error(request, str(exc) or "Deze actie is niet mogelijk.")
    return terug


@vereist_recht("zaak.lezen")
def foto(request, client_id):
    lid = lidmaatschap_van(request)
    f = Foto.objects.filter(client_id=client_id, voltooid=True, controle__in=selectors.controles_voor(lid)).first()
    if f is None:
        raise Http404("Foto niet gevonden.")
    return FileResponse(f.bestand.open("rb"), content_type=f.mimetype, filename=f.bestandsnaam)

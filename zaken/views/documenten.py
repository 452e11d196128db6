from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from clo.audit.log import log_gebeurtenis
from zaken import selectors
from zaken.actions import DocumentFout, maak_definitief, voeg_document_toe
from zaken.forms import DocumentUploadForm


def _tab(zaak) -> str:
    return reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=documenten"


@require_POST
@vereist_recht("document.uploaden")
def document_toevoegen(request, identificatie: str):
    zaak = selectors.zaak_voor_request(request, identificatie)
    form = DocumentUploadForm(request.POST, request.FILES, zaak=zaak)
    if zaak.is_afgesloten:
        messages.error(request, "De zaak is afgesloten; er kunnen geen documenten meer worden toegevoegd.")
    elif not form.is_valid():
        fouten = "; ".join(m for msgs in form.errors.values() for m in msgs)
        messages.error(request, f"Het document is niet toegevoegd: {fouten}")
    else:
        bestand = form.cleaned_data["bestand"]
        try:
            document = voeg_document_toe(
                zaak,
                bestand=bestand,
                bestandsnaam=bestand.name,
                titel=form.cleaned_data["titel"],
                documenttype=form.cleaned_data["documenttype"],
                door=request.user,
            )
        except DocumentFout as exc:
            messages.error(request, f"Het document is niet toegevoegd: {exc}")
        else:
            messages.success(request, f"Document '{document.titel}' is toegevoegd.")
    return redirect(_tab(zaak))


def _document(request, identificatie, uuid):
    lid = lidmaatschap_van(request)
    zaak = selectors.zaak_voor_request(request, identificatie)
    document = get_object_or_404(selectors.documenten_van(zaak, lid), uuid=uuid)
    return zaak, document


@vereist_recht("document.lezen", "kcc.inlichtingen")
def document_download(request, identificatie: str, uuid):
    zaak, document = _document(request, identificatie, uuid)
    versie = document.laatste_versie
    if versie is None:
        raise Http404("Dit document heeft geen inhoud.")
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=request.user,
        actie="document.gedownload",
        zaak=zaak,
        obj=document,
        omschrijving=f"Document '{document.titel}' (versie {versie.versie}) gedownload.",
    )
    response = FileResponse(
        versie.bestand.open("rb"), as_attachment=True, filename=versie.bestandsnaam, content_type=versie.mimetype
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_POST
@vereist_recht("document.uploaden")
def document_definitief(request, identificatie: str, uuid):
    zaak, document = _document(request, identificatie, uuid)
    try:
        maak_definitief(document, door=request.user)
        messages.success(request, f"Document '{document.titel}' is definitief.")
    except DocumentFout as exc:
        messages.error(request, str(exc))
    return redirect(_tab(zaak))

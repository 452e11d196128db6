"""The bezoekrapport: HTML from the checklist answers, photos and remarks (text blocks
editable per tenant in ToezichtInstellingen), rendered through the one PDF entry point."""

import io
import logging

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from toezicht import adapters
from toezicht.actions.controles import zet_controlestatus
from toezicht.checklist_logica import vragen_van, zichtbare_vragen
from toezicht.models import Controle, ControleStatus, ToezichtInstellingen

logger = logging.getLogger(__name__)
ONTVANGER_ROLTYPEN = ("Overtreder", "Aanvrager")


class _Veilig(dict):
    def __missing__(self, key):  # an unknown placeholder in a tenant text stays visible, never crashes
        return "{" + key + "}"


def _foto_data_uri(foto) -> str:
    from PIL import Image, ImageOps

    from clo.pdf import data_uri

    with foto.bestand.open("rb") as f:
        beeld = ImageOps.exif_transpose(Image.open(f))
        beeld.thumbnail((1200, 1200))
        uit = io.BytesIO()
        beeld.convert("RGB").save(uit, "JPEG", quality=80)
    return data_uri(uit.getvalue(), "foto.jpg")


def bezoekrapport_context(controle: Controle) -> dict:
    bevindingen = {b.vraag_id: b for b in controle.bevindingen.all()}
    fotos_per_vraag: dict = {}
    for foto in controle.fotos.filter(voltooid=True).order_by("tijdstip", "id"):
        fotos_per_vraag.setdefault(foto.vraag_id, []).append({"foto": foto, "src": _foto_data_uri(foto)})
    secties: dict = {}
    vragen = zichtbare_vragen(vragen_van(controle.checklistversie), {k: b.antwoord for k, b in bevindingen.items()})
    for vraag in vragen:
        secties.setdefault(vraag.sectie, []).append(
            {"vraag": vraag, "bevinding": bevindingen.get(vraag.pk), "fotos": fotos_per_vraag.get(vraag.pk, [])}
        )
    instellingen = ToezichtInstellingen.voor(controle.organisatie)
    waarden = _Veilig(
        datum=f"{(controle.uitgevoerd_op or timezone.now()):%d-%m-%Y}",
        toezichthouder=str(controle.toezichthouder or "de toezichthouder"),
        gemeente=controle.organisatie.naam,
        zaaknummer=controle.zaak.identificatie,
        adres=controle.object.adres if controle.object else controle.zaak.omschrijving,
    )
    niet = [
        r for rijen in secties.values() for r in rijen if r["bevinding"] and r["bevinding"].oordeel == "voldoet_niet"
    ]
    return {
        "controle": controle,
        "zaak": controle.zaak,
        "organisatie": controle.organisatie,
        "object": controle.object,
        "secties": [(s, rijen) for s, rijen in secties.items()],
        "niet_voldaan": niet,
        "algemene_fotos": fotos_per_vraag.get(None, []),
        "inleiding": instellingen.rapport_inleiding.format_map(waarden),
        "afsluiting": instellingen.rapport_afsluiting.format_map(waarden),
    }


def bezoekrapport_html(controle: Controle) -> str:
    return render_to_string("toezicht/bezoekrapport.html", bezoekrapport_context(controle))


def ontvangers_van(controle: Controle) -> list[str]:
    extern = controle.zaak.betrokkenen.filter(roltype__omschrijving__in=ONTVANGER_ROLTYPEN).exclude(email="")
    return list(dict.fromkeys([*extern.values_list("email", flat=True), *controle.rapport_intern]))


def maak_en_verstuur_rapport(controle_id: int) -> None:
    """Idempotent: a stored report is not made twice, a sent report is not sent twice."""
    from zaken import actions as zaak_actions
    from zaken.models import DocumentStatus, Documenttype

    controle = Controle.objects.select_related("zaak", "organisatie", "object", "toezichthouder").get(pk=controle_id)
    door = controle.toezichthouder
    pdf = None
    if controle.rapport_id is None:
        if controle.status != ControleStatus.UITGEVOERD:
            logger.info("Controle %s: geen rapport in status %s", controle_id, controle.status)
            return
        pdf = adapters.render_pdf(bezoekrapport_html(controle))
        bestand = io.BytesIO(pdf)
        bestand.size = len(pdf)
        with transaction.atomic():
            document = zaak_actions.voeg_document_toe(
                controle.zaak,
                bestand=bestand,
                bestandsnaam=f"bezoekrapport-{controle.zaak.identificatie}.pdf",
                titel=f"Bezoekrapport {controle.zaak.identificatie}",
                bron="toezicht",
                # The report records what was found in the field; it is sent out, so it is final.
                status=DocumentStatus.DEFINITIEF,
                door=door,
                documenttype=Documenttype.objects.get(organisatie=controle.organisatie, code="bezoekrapport"),
            )
            Controle.objects.filter(pk=controle.pk).update(rapport=document)
            zet_controlestatus(controle, ControleStatus.GERAPPORTEERD, door=door, toelichting="Bezoekrapport opgesteld")
        controle.refresh_from_db()
    if controle.rapport_verstuurd_op is None:
        ontvangers = ontvangers_van(controle)
        if ontvangers:
            if pdf is None:
                with controle.rapport.laatste_versie.bestand.open("rb") as f:
                    pdf = f.read()
            adapters.verstuur_rapport(
                controle,
                controle.rapport,
                pdf,
                ontvangers=ontvangers,
                door=door,
                onderwerp=f"Bezoekrapport {controle.zaak.identificatie}",
            )
        Controle.objects.filter(pk=controle.pk).update(rapport_verstuurd_op=timezone.now())

"""Finishing a controle from the app: only when every photo has arrived and every required
photo is there; the bezoekrapport is then made in a Celery task."""

from django.db import transaction

from toezicht.actions.controles import zet_controlestatus
from toezicht.checklist_logica import vragen_van, zichtbare_vragen
from toezicht.fouten import ToezichtFout
from toezicht.models import Controle, ControleStatus


def ontbrekende_punten(controle: Controle) -> list[str]:
    punten = []
    onvolledig = controle.fotos.filter(voltooid=False).count()
    if onvolledig:
        punten.append(f"{onvolledig} foto('s) zijn nog niet volledig ontvangen.")
    antwoorden = {b.vraag_id: b.antwoord for b in controle.bevindingen.all()}
    met_foto = set(controle.fotos.filter(voltooid=True).values_list("vraag_id", flat=True))
    for vraag in zichtbare_vragen(vragen_van(controle.checklistversie), antwoorden):
        if vraag.foto_verplicht and vraag.pk not in met_foto:
            punten.append(f"Bij vraag {vraag.code} is een foto verplicht.")
    return punten


def rond_controle_af(
    controle: Controle, *, door, opmerkingen: str = "", bestede_uren=None, intern: list[str] | None = None
) -> Controle:
    """Idempotent: finishing an already finished controle changes nothing."""
    if controle.status in (
        ControleStatus.UITGEVOERD,
        ControleStatus.GERAPPORTEERD,
        ControleStatus.HERCONTROLE,
        ControleStatus.AFGEHANDELD,
    ):
        return controle
    if punten := ontbrekende_punten(controle):
        raise ToezichtFout("De controle kan nog niet worden afgerond: " + " ".join(punten))
    from toezicht.models import ToezichtInstellingen

    toegestaan = {o.get("email") for o in ToezichtInstellingen.voor(controle.organisatie).interne_ontvangers}
    onbekend = set(intern or []) - toegestaan
    if onbekend:
        raise ToezichtFout("Onbekende interne ontvanger: " + ", ".join(sorted(onbekend)))
    with transaction.atomic():
        controle.opmerkingen = opmerkingen or controle.opmerkingen
        controle.bestede_uren = bestede_uren if bestede_uren is not None else controle.bestede_uren
        controle.rapport_intern = list(intern or [])
        controle.save(update_fields=["opmerkingen", "bestede_uren", "rapport_intern"])
        controle = zet_controlestatus(controle, ControleStatus.UITGEVOERD, door=door)
        from toezicht.tasks import maak_bezoekrapport

        transaction.on_commit(lambda: maak_bezoekrapport.delay(controle.pk))
    return controle

"""Sync API of the offline app (same origin: session auth + CSRF)."""

import uuid

from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from clo.accounts.middleware import lidmaatschap_van
from toezicht import selectors
from toezicht.actions.afronden import rond_controle_af
from toezicht.actions.bevindingen import Wijziging, los_conflict_op, verwerk_bevinding
from toezicht.api.payload import checklist_json, conflict_json, controle_json
from toezicht.api.rechten import IsToezichthouder
from toezicht.fouten import ToezichtFout
from toezicht.models import SyncConflict

RECHTEN = [IsAuthenticated, IsToezichthouder]


def _fout(melding: str, code: int = status.HTTP_400_BAD_REQUEST, **extra) -> Response:
    return Response({"melding": melding, **extra}, status=code)


@api_view(["GET"])
@permission_classes(RECHTEN)
def dagplanning(request):
    datum = parse_date(request.GET.get("datum", "")) or timezone.localdate()
    lid = lidmaatschap_van(request)
    controles = list(selectors.dagplanning(lid, datum))
    checklists = {str(c.checklistversie_id): checklist_json(c.checklistversie) for c in controles}
    return Response(
        {
            "datum": datum.isoformat(),
            "gebruiker": str(request.user),
            "organisatie": lid.organisatie.naam,
            "opgehaald_op": timezone.now().isoformat(),
            "controles": [controle_json(c) for c in controles],
            "checklists": checklists,
        }
    )


@api_view(["GET"])
@permission_classes(RECHTEN)
def controle_detail(request, pk: int):
    controle = selectors.controle_voor(lidmaatschap_van(request), pk)
    return Response(controle_json(controle))


def _wijziging(item: dict) -> Wijziging:
    try:
        basis = item.get("basis_versie")
        return Wijziging(
            client_id=uuid.UUID(str(item["client_id"])),
            vraag_id=int(item["vraag"]),
            basis_versie=int(basis) if basis not in (None, "") else None,
            antwoord=str(item.get("antwoord") or "")[:2000],
            oordeel=str(item.get("oordeel") or ""),
            toelichting=str(item.get("toelichting") or ""),
            positie=item.get("positie") or None,
            vastgelegd_op=parse_datetime(item["vastgelegd_op"]) if item.get("vastgelegd_op") else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ToezichtFout("Onvolledige of ongeldige bevinding.") from exc


@api_view(["POST"])
@permission_classes(RECHTEN)
def bevindingen(request):
    """Batch of {controle, client_id, vraag, basis_versie, antwoord, oordeel, toelichting}.
    Applied items are kept even when another item conflicts (then 409 with both versions)."""
    items = request.data.get("bevindingen") if isinstance(request.data, dict) else None
    if not isinstance(items, list) or len(items) > 500:
        return _fout("Stuur een lijst 'bevindingen' (hoogstens 500 per keer).")
    lid = lidmaatschap_van(request)
    resultaten, conflicten = [], []
    for item in items:
        client_id = str(item.get("client_id", "")) if isinstance(item, dict) else ""
        try:
            controle = selectors.controle_voor(lid, int(item.get("controle")))
            uitkomst = verwerk_bevinding(controle, _wijziging(item), door=request.user)
        except (ToezichtFout, TypeError, ValueError, AttributeError) as exc:
            resultaten.append({"client_id": client_id, "status": "fout", "melding": str(exc) or "Ongeldige bevinding."})
            continue
        except Http404:  # one unknown controle must not sink the batch
            resultaten.append({"client_id": client_id, "status": "fout", "melding": "Controle niet gevonden."})
            continue
        resultaten.append(
            {
                "client_id": client_id,
                "status": uitkomst.status,
                "versie": uitkomst.versie,
                "server_client_id": str(uitkomst.bevinding.client_id),
            }
        )
        if uitkomst.conflict:
            conflicten.append(conflict_json(uitkomst.conflict))
    code = status.HTTP_409_CONFLICT if conflicten else status.HTTP_200_OK
    return Response({"resultaten": resultaten, "conflicten": conflicten}, status=code)


@api_view(["POST"])
@permission_classes(RECHTEN)
def afronden(request, pk: int):
    controle = selectors.controle_voor(lidmaatschap_van(request), pk)
    uren = request.data.get("bestede_uren")
    try:
        controle = rond_controle_af(
            controle,
            door=request.user,
            opmerkingen=str(request.data.get("opmerkingen") or ""),
            bestede_uren=float(uren) if uren not in (None, "") else None,
            intern=request.data.get("intern") or [],
        )
    except (ToezichtFout, ValueError) as exc:
        return _fout(str(exc), status.HTTP_409_CONFLICT)
    controle.refresh_from_db()
    return Response(controle_json(controle))


@api_view(["POST"])
@permission_classes(RECHTEN)
def conflict_oplossen(request, pk: int):
    lid = lidmaatschap_van(request)
    conflict = SyncConflict.objects.filter(pk=pk, controle__in=selectors.controles_voor(lid)).first()
    if conflict is None:
        return _fout("Conflict niet gevonden.", status.HTTP_404_NOT_FOUND)
    try:
        los_conflict_op(conflict, keuze=str(request.data.get("keuze")), door=request.user)
    except ToezichtFout as exc:
        return _fout(str(exc))
    return Response(controle_json(selectors.controle_voor(lid, conflict.controle_id)))

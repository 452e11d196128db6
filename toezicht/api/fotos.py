"""Chunked, resumable photo upload:
POST fotos (metadata) → PUT fotos/<client_id>?offset=N (raw bytes) … → POST fotos/<client_id>/voltooien.
HEAD or GET fotos/<client_id> tells how many bytes arrived (header Upload-Offset)."""

import re
import uuid

from django.http import Http404
from django.utils.dateparse import parse_datetime
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response

from clo.accounts.middleware import lidmaatschap_van
from toezicht import selectors
from toezicht.actions.fotos import OffsetFout, ontvang_deel, registreer_foto, voltooi_foto
from toezicht.api.payload import foto_json
from toezicht.api.views import RECHTEN
from toezicht.fouten import ToezichtFout
from toezicht.models import Foto

MAX_DEEL = 2 * 1024 * 1024
CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


def _getal(waarde):
    return float(waarde) if waarde not in (None, "") else None


def _foto(request, client_id: uuid.UUID) -> Foto:
    lid = lidmaatschap_van(request)
    foto = Foto.objects.filter(client_id=client_id, controle__in=selectors.controles_voor(lid)).first()
    if foto is None:
        raise Http404("Foto niet gevonden.")
    return foto


def _antwoord(foto: Foto, code: int = status.HTTP_200_OK) -> Response:
    return Response(foto_json(foto), status=code, headers={"Upload-Offset": str(foto.ontvangen)})


@api_view(["POST"])
@permission_classes(RECHTEN)
def foto_registreren(request):
    d = request.data
    try:
        controle = selectors.controle_voor(lidmaatschap_van(request), int(d.get("controle")))
        foto = registreer_foto(
            controle,
            client_id=uuid.UUID(str(d.get("client_id"))),
            bestandsnaam=str(d.get("bestandsnaam") or "foto.jpg"),
            mimetype=str(d.get("mimetype") or ""),
            grootte=int(d.get("grootte") or 0),
            sha256=str(d.get("sha256") or ""),
            door=request.user,
            vraag_id=int(d["vraag"]) if d.get("vraag") else None,
            tijdstip=parse_datetime(d["tijdstip"]) if d.get("tijdstip") else None,
            lat=_getal(d.get("lat")),
            lon=_getal(d.get("lon")),
            nauwkeurigheid_m=_getal(d.get("nauwkeurigheid")),
            omschrijving=str(d.get("omschrijving") or ""),
        )
    except (ToezichtFout, TypeError, ValueError) as exc:
        return Response({"melding": str(exc) or "Ongeldige fotogegevens."}, status=status.HTTP_400_BAD_REQUEST)
    return _antwoord(foto, status.HTTP_201_CREATED)


@api_view(["GET", "HEAD", "PUT"])
@permission_classes(RECHTEN)
def foto_deel(request, client_id: uuid.UUID):
    foto = _foto(request, client_id)
    if request.method in ("GET", "HEAD"):
        return _antwoord(foto)
    offset = request.GET.get("offset")
    if offset is None and (m := CONTENT_RANGE.fullmatch(request.headers.get("Content-Range", ""))):
        offset = m.group(1)
    try:
        offset = int(offset)
    except (TypeError, ValueError):
        return Response({"melding": "Geef de positie op met ?offset=N of Content-Range."}, status=400)
    data = request.body
    if len(data) > MAX_DEEL:
        return Response({"melding": "Een deel mag hoogstens 2 MB zijn."}, status=413)
    try:
        foto = ontvang_deel(foto, offset=offset, data=data)
    except OffsetFout as exc:
        return Response(
            {"melding": str(exc), "ontvangen": exc.ontvangen}, status=409, headers={"Upload-Offset": str(exc.ontvangen)}
        )
    except ToezichtFout as exc:
        return Response({"melding": str(exc)}, status=400)
    return _antwoord(foto)


@api_view(["POST"])
@permission_classes(RECHTEN)
def foto_voltooien(request, client_id: uuid.UUID):
    foto = _foto(request, client_id)
    try:
        foto = voltooi_foto(foto, door=request.user)
    except OffsetFout as exc:
        return Response({"melding": str(exc), "ontvangen": exc.ontvangen}, status=409)
    except ToezichtFout as exc:
        foto.refresh_from_db()
        return Response({"melding": str(exc), "ontvangen": foto.ontvangen}, status=422)
    return _antwoord(foto)

"""POST /intake/api/notificaties/ — the verzoeknotificatie from a digikoppelaar.

Authenticated by `Authorization: Token <token>` (or Bearer) of a Digikoppelaar, or by the client
certificate subject that the TLS-terminating proxy passes in the header named by the setting
DSO_NOTIFICATIE_CERT_HEADER (e.g. "X-SSL-Client-S-DN"; empty = mTLS not used). CSRF-exempt as an
API. The body is the notificatie as XML (any element named `verzoeknummer`, optionally `oin`, in
any namespace — which also covers the intrekbericht some digikoppelaars send) or JSON
{"verzoeknummer": ..., "oin": ...}. Answers 202 and fetches in a Celery task; repeats are harmless.
"""

from __future__ import annotations

import json
import re

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..models import Digikoppelaar, Verzoeknotificatie
from ..stam import StamFout
from ..stam.veilig import lees_veilig

MAX_NOTIFICATIE = 256 * 1024
_VERZOEKNUMMER = re.compile(r"^[0-9A-Za-z-]{1,40}$")


def _digikoppelaar(request: HttpRequest) -> Digikoppelaar | None:
    kop = request.headers.get("Authorization", "")
    soort, _, token = kop.partition(" ")
    if soort.lower() in ("token", "bearer") and token.strip():
        return Digikoppelaar.voor_token(token.strip())
    header = getattr(settings, "DSO_NOTIFICATIE_CERT_HEADER", "")
    subject = request.headers.get(header, "").strip() if header else ""
    if subject:
        return Digikoppelaar.objects.filter(actief=True, certificaat_subject=subject).first()
    return None


def _lees(body: bytes, content_type: str) -> tuple[str, str]:
    if "json" in content_type:
        data = json.loads(body.decode("utf-8"))
        return str(data.get("verzoeknummer") or "").strip(), str(data.get("oin") or "").strip()
    root = lees_veilig(body, max_bytes=MAX_NOTIFICATIE)
    waarden: dict[str, str] = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            naam = el.tag.rsplit("}", 1)[-1].lower()
            if naam in ("verzoeknummer", "oin") and naam not in waarden and (el.text or "").strip():
                waarden[naam] = el.text.strip()
    return waarden.get("verzoeknummer", ""), waarden.get("oin", "")


def _fout(status: int, titel: str) -> JsonResponse:
    return JsonResponse({"status": status, "title": titel}, status=status, content_type="application/problem+json")


@csrf_exempt
@require_POST
def notificatie(request: HttpRequest) -> JsonResponse:
    koppelaar = _digikoppelaar(request)
    if koppelaar is None:
        return _fout(401, "Niet geauthenticeerd: geef een geldig token of clientcertificaat.")
    if len(request.body) > MAX_NOTIFICATIE:
        return _fout(413, "De notificatie is te groot.")
    try:
        verzoeknummer, oin = _lees(request.body, request.content_type or "")
    except (StamFout, ValueError, AttributeError) as exc:
        return _fout(400, f"De notificatie kon niet worden gelezen: {getattr(exc, 'melding', exc)}")
    if not _VERZOEKNUMMER.match(verzoeknummer):
        return _fout(400, "De notificatie bevat geen geldig verzoeknummer.")
    Digikoppelaar.objects.filter(pk=koppelaar.pk).update(laatst_gezien=timezone.now())
    with transaction.atomic():
        bestaand = Verzoeknotificatie.objects.filter(verzoeknummer=verzoeknummer, afgehandeld=False).first()
        notificatie = bestaand or Verzoeknotificatie.objects.create(
            verzoeknummer=verzoeknummer,
            oin=oin[:20],
            digikoppelaar=koppelaar,
            inhoud=request.body.decode("utf-8", errors="replace"),
        )
        if bestaand is None:
            from ..tasks import verwerk_notificatie

            transaction.on_commit(lambda: verwerk_notificatie.delay(notificatie.pk))
    return JsonResponse({"verzoeknummer": verzoeknummer, "status": "ontvangen"}, status=202)

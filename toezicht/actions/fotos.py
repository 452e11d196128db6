"""Resumable photo upload: register (idempotent per client_id), send chunks at the offset the
server reports, then complete with a sha256 check. A lost connection costs at most one chunk."""

import datetime
import hashlib
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from clo.audit.log import log_gebeurtenis
from toezicht.fouten import ToezichtFout
from toezicht.models import Controle, Foto, FotoDeel, Vraag

TOEGESTANE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/heic"}
MAX_FOTO_BYTES = getattr(settings, "TOEZICHT_MAX_FOTO_MB", 40) * 1024 * 1024


class OffsetFout(ToezichtFout):
    """The client sent a chunk at the wrong offset; `ontvangen` tells where to continue."""

    def __init__(self, ontvangen: int):
        super().__init__(f"Verkeerde positie; de server heeft {ontvangen} bytes ontvangen.")
        self.ontvangen = ontvangen


@transaction.atomic
def registreer_foto(
    controle: Controle,
    *,
    client_id: uuid.UUID,
    bestandsnaam: str,
    mimetype: str,
    grootte: int,
    sha256: str,
    door,
    vraag_id: int | None = None,
    tijdstip: datetime.datetime | None = None,
    lat: float | None = None,
    lon: float | None = None,
    nauwkeurigheid_m: float | None = None,
    omschrijving: str = "",
) -> Foto:
    bestaand = Foto.objects.filter(client_id=client_id).first()
    if bestaand is not None:
        if bestaand.controle_id != controle.pk or bestaand.sha256 != sha256.lower():
            raise ToezichtFout("Deze client_id is al gebruikt voor een andere foto.")
        return bestaand
    if mimetype not in TOEGESTANE_TYPES:
        raise ToezichtFout("Alleen foto's (JPEG, PNG, WebP of HEIC) kunnen worden geüpload.")
    if not 0 < grootte <= MAX_FOTO_BYTES:
        raise ToezichtFout(f"Een foto mag hoogstens {MAX_FOTO_BYTES // (1024 * 1024)} MB zijn.")
    if len(sha256) != 64:
        raise ToezichtFout("Geef de sha256 van de foto mee.")
    vraag = None
    if vraag_id is not None:
        vraag = Vraag.objects.filter(pk=vraag_id, sectie__versie_id=controle.checklistversie_id).first()
        if vraag is None:
            raise ToezichtFout("Deze vraag hoort niet bij de checklistversie van de controle.")
    return Foto.objects.create(
        client_id=client_id,
        controle=controle,
        vraag=vraag,
        bestandsnaam=bestandsnaam[:200],
        mimetype=mimetype,
        grootte=grootte,
        sha256=sha256.lower(),
        tijdstip=tijdstip,
        lat=lat,
        lon=lon,
        nauwkeurigheid_m=nauwkeurigheid_m,
        omschrijving=omschrijving[:300],
        geupload_door=door,
    )


@transaction.atomic
def ontvang_deel(foto: Foto, *, offset: int, data: bytes) -> Foto:
    foto = Foto.objects.select_for_update().get(pk=foto.pk)
    if foto.voltooid:
        return foto
    if offset != foto.ontvangen:
        # Includes a retried chunk that did arrive: the client simply continues from `ontvangen`.
        raise OffsetFout(foto.ontvangen)
    if not data:
        raise ToezichtFout("Leeg deel ontvangen.")
    if offset + len(data) > foto.grootte:
        raise ToezichtFout("Dit deel gaat voorbij de opgegeven grootte van de foto.")
    FotoDeel.objects.create(foto=foto, offset=offset, data=data)
    foto.ontvangen = offset + len(data)
    foto.save(update_fields=["ontvangen"])
    return foto


def voltooi_foto(foto: Foto, *, door) -> Foto:
    # The reset after a checksum mismatch must be committed, so the error is raised outside
    # the transaction.
    resultaat = _voltooi(foto, door)
    if resultaat is None:
        raise ToezichtFout("De controlesom van de foto klopt niet; de foto wordt opnieuw verstuurd.")
    return resultaat


@transaction.atomic
def _voltooi(foto: Foto, door) -> Foto | None:
    foto = Foto.objects.select_for_update().select_related("controle__zaak").get(pk=foto.pk)
    if foto.voltooid:
        return foto
    if foto.ontvangen != foto.grootte:
        raise OffsetFout(foto.ontvangen)
    inhoud = b"".join(bytes(d) for d in foto.delen.order_by("offset").values_list("data", flat=True))
    if hashlib.sha256(inhoud).hexdigest() != foto.sha256:
        # Start over rather than keep bytes we cannot trust.
        foto.delen.all().delete()
        foto.ontvangen = 0
        foto.save(update_fields=["ontvangen"])
        return None
    foto.bestand.save(foto.client_id.hex, ContentFile(inhoud), save=False)
    foto.voltooid = True
    foto.save(update_fields=["bestand", "voltooid"])
    foto.delen.all().delete()
    log_gebeurtenis(
        organisatie=foto.controle.organisatie,
        door=door,
        actie="controle.foto",
        zaak=foto.controle.zaak,
        obj=foto,
        omschrijving=f"Foto '{foto.bestandsnaam}' ontvangen.",
    )
    return foto

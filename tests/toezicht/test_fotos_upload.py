"""Chunked, resumable photo upload with sha256 check."""

import hashlib
import uuid

import pytest

from tests.toezicht.conftest import vraag
from toezicht.models import Foto

pytestmark = pytest.mark.django_db
INHOUD = bytes(range(256)) * 40  # 10 240 bytes


@pytest.fixture
def api(client, toezichthouder):
    client.force_login(toezichthouder)
    return client


def registreer(api, controle, client_id, inhoud=INHOUD, sha=None):
    return api.post(
        "/toezicht/api/fotos",
        {
            "controle": controle.pk,
            "client_id": str(client_id),
            "vraag": vraag(controle, "BG3a").pk,
            "bestandsnaam": "gang.jpg",
            "mimetype": "image/jpeg",
            "grootte": len(inhoud),
            "sha256": sha or hashlib.sha256(inhoud).hexdigest(),
            "lat": 53.3258,
            "lon": 5.9989,
            "tijdstip": "2026-03-02T10:15:00+01:00",
        },
        content_type="application/json",
    )


def put(api, client_id, offset, data):
    return api.put(f"/toezicht/api/fotos/{client_id}?offset={offset}", data, content_type="application/octet-stream")


def test_photo_arrives_in_chunks_and_completes_with_matching_checksum(api, controle):
    cid = uuid.uuid4()
    assert registreer(api, controle, cid).status_code == 201
    for start in range(0, len(INHOUD), 4096):
        assert put(api, cid, start, INHOUD[start : start + 4096]).status_code == 200
    r = api.post(f"/toezicht/api/fotos/{cid}/voltooien")
    assert r.status_code == 200 and r.json()["voltooid"]
    foto = Foto.objects.get(client_id=cid)
    assert foto.bestand.read() == INHOUD
    assert (foto.lat, foto.lon) == (53.3258, 5.9989)
    assert not foto.delen.exists()


def test_interrupted_upload_resumes_from_the_offset_the_server_reports(api, controle):
    cid = uuid.uuid4()
    registreer(api, controle, cid)
    put(api, cid, 0, INHOUD[:4096])
    # The connection dropped after the server stored the chunk; the client retries it.
    herhaald = put(api, cid, 0, INHOUD[:4096])
    assert herhaald.status_code == 409 and herhaald.json()["ontvangen"] == 4096
    assert api.head(f"/toezicht/api/fotos/{cid}")["Upload-Offset"] == "4096"
    assert api.get(f"/toezicht/api/fotos/{cid}").json()["ontvangen"] == 4096
    put(api, cid, 4096, INHOUD[4096:])
    assert api.post(f"/toezicht/api/fotos/{cid}/voltooien").status_code == 200
    assert Foto.objects.get(client_id=cid).bestand.read() == INHOUD


def test_registering_the_same_photo_twice_is_idempotent(api, controle):
    cid = uuid.uuid4()
    registreer(api, controle, cid)
    put(api, cid, 0, INHOUD[:1000])
    again = registreer(api, controle, cid)
    assert again.status_code == 201 and again.json()["ontvangen"] == 1000
    assert Foto.objects.filter(client_id=cid).count() == 1


def test_checksum_mismatch_discards_the_bytes_so_the_client_starts_over(api, controle):
    cid = uuid.uuid4()
    registreer(api, controle, cid, sha="0" * 64)
    put(api, cid, 0, INHOUD)
    r = api.post(f"/toezicht/api/fotos/{cid}/voltooien")
    assert r.status_code == 422 and r.json()["ontvangen"] == 0
    foto = Foto.objects.get(client_id=cid)
    assert not foto.voltooid and foto.ontvangen == 0 and not foto.delen.exists()


def test_completing_before_all_bytes_arrived_is_refused(api, controle):
    cid = uuid.uuid4()
    registreer(api, controle, cid)
    put(api, cid, 0, INHOUD[:100])
    assert api.post(f"/toezicht/api/fotos/{cid}/voltooien").status_code == 409


def test_chunk_beyond_declared_size_is_refused(api, controle):
    cid = uuid.uuid4()
    registreer(api, controle, cid, inhoud=INHOUD[:10])
    assert put(api, cid, 0, INHOUD[:11]).status_code == 400


def test_only_photos_are_accepted(api, controle):
    r = api.post(
        "/toezicht/api/fotos",
        {
            "controle": controle.pk,
            "client_id": str(uuid.uuid4()),
            "bestandsnaam": "x.exe",
            "mimetype": "application/x-msdownload",
            "grootte": 10,
            "sha256": "a" * 64,
        },
        content_type="application/json",
    )
    assert r.status_code == 400

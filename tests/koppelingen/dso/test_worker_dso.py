"""A real Celery worker killed while it processes a verzoek, then restarted: exactly one zaak and
every bijlage. Needs Redis and PostgreSQL on 127.0.0.1 (skipped with a reason otherwise; on CI a
missing service is a failure)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from koppelingen.dso.fake import VerzoekAfhandelenFake
from koppelingen.fakes.server import serve

pytestmark = pytest.mark.worker
ROOT = Path(__file__).resolve().parents[3]
REDIS = "redis://127.0.0.1:6379/14"
PG = "postgres://postgres@127.0.0.1:5432"


def _bereikbaar(poort: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", poort), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def diensten():
    ontbreekt = [naam for naam, poort in (("Redis", 6379), ("PostgreSQL", 5432)) if not _bereikbaar(poort)]
    if ontbreekt:
        reden = f"{' en '.join(ontbreekt)} niet bereikbaar op 127.0.0.1"
        if os.environ.get("CI") == "true":
            pytest.fail(reden)
        # Justified skip: a laptop without Redis/PostgreSQL on loopback cannot run a real worker;
        # CI (CI=true) always has them and fails above instead of skipping.
        pytest.skip(reden)


@pytest.fixture
def werkomgeving(diensten, tmp_path):
    import psycopg

    naam = f"clo_dso_worker_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{naam}"')
    # Redelivery of an unacknowledged task after a crash waits for the visibility timeout.
    (tmp_path / "worker_settings.py").write_text(
        "from clo.settings import *  # noqa\n"
        "CELERY_BROKER_TRANSPORT_OPTIONS = {'visibility_timeout': 3, 'unacked_restore_interval': 1,"
        " 'unacked_restore_throttle': 1}\n"
    )
    env = {
        **os.environ,
        "DATABASE_URL": f"{PG}/{naam}",
        "CELERY_BROKER_URL": REDIS,
        "DJANGO_SETTINGS_MODULE": "worker_settings",
        "PYTHONPATH": f"{tmp_path}:{ROOT}",
        "CLO_DATA_DIR": str(tmp_path / "data"),
        "CLO_FAST_PASSWORD_HASHER": "1",
    }
    import redis

    redis.Redis.from_url(REDIS).flushdb()
    for commando in (["migrate", "--no-input"], ["laad_basis"]):
        subprocess.run([sys.executable, "manage.py", *commando], cwd=ROOT, env=env, check=True, capture_output=True)
    try:
        yield env, naam
    finally:
        redis.Redis.from_url(REDIS).flushdb()
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


def _sql(naam: str, query: str):
    import psycopg

    with psycopg.connect(f"{PG}/{naam}") as conn:
        return conn.execute(query).fetchone()[0]


def _worker(env) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "clo",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wacht(voorwaarde, seconden: float, wat: str):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return
        time.sleep(0.1)
    pytest.fail(f"wachten op {wat} duurde langer dan {seconden} s")


def test_gekilde_worker_laat_na_herstart_precies_een_zaak_en_alle_bijlagen(werkomgeving):
    env, naam = werkomgeving
    fake = VerzoekAfhandelenFake(vertraging=0.4)  # every answer 0.4 s late: time to kill mid-way
    with serve(fake) as url:
        script = (
            "from clo.accounts.models import Organisatie as O\n"
            "from koppelingen.dso.services.inrichting import richt_koppeling_in, richt_mapping_in\n"
            "from koppelingen.dso.services.ophalen import haal_verzoek_op\n"
            "org = O.objects.get(gemeentecode='GM1970')\n"
            f"richt_mapping_in(org); k = richt_koppeling_in(org, '{url}/')\n"
            "haal_verzoek_op(k, '2026110200117')\n"
        )
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
        )
        eerste = _worker(env)
        try:
            # The zaak and its bijlage rows are committed, the downloads (in parallel) still under way.
            _wacht(lambda: _sql(naam, "select count(*) from dso_bijlage") >= 1, 60, "de geregistreerde bijlagen")
            os.killpg(eerste.pid, signal.SIGKILL)
            eerste.wait(10)
            totaal = _sql(naam, "select count(*) from dso_bijlage")
            assert _sql(naam, "select count(*) from dso_bijlage where status='opgehaald'") < totaal
            tweede = _worker(env)
            try:
                _wacht(
                    lambda: _sql(naam, "select count(*) from dso_bericht where status='verwerkt'") == 2,
                    90,
                    "verwerking na herstart",
                )
            finally:
                os.killpg(tweede.pid, signal.SIGTERM)
                tweede.wait(20)
        finally:
            if eerste.poll() is None:
                os.killpg(eerste.pid, signal.SIGKILL)
    assert _sql(naam, "select count(*) from zaken_zaak where verzoeknummer='2026110200117'") == 1
    bijlagen = _sql(naam, "select count(*) from dso_bijlage where status='opgehaald'")
    assert bijlagen == _sql(naam, "select count(*) from dso_bijlage")
    assert (
        _sql(
            naam,
            "select count(*) from zaken_document d join zaken_zaak z on z.id=d.zaak_id "
            "where z.verzoeknummer='2026110200117'",
        )
        == bijlagen
    )

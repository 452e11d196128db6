"""Letters: render time of a 5-page beschikking (budget < 1.5 s) and 1,000 letters in a batch
on 2 Celery workers (budget < 10 minutes).

    python -m benchmarks.brieven          # prints JSON

Uses its own database (clo_bench_brieven on the local server, created and migrated when missing)
and starts its own Redis on a loopback port plus one Celery worker with concurrency 2; both are
stopped at the end. BENCH_BRIEVEN_AANTAL sets the batch size (default 1000).
"""

from __future__ import annotations

import datetime
import io
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

AANTAL = int(os.environ.get("BENCH_BRIEVEN_AANTAL", 1000))
DATABASE_URL = os.environ.get("BENCH_BRIEVEN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clo_bench_brieven")


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _django(broker: str) -> None:
    from benchmarks.dso import _maak_database

    os.environ["DATABASE_URL"] = DATABASE_URL
    os.environ["CELERY_BROKER_URL"] = broker
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clo.settings")
    os.environ.setdefault("CLO_FAST_PASSWORD_HASHER", "1")
    _maak_database(DATABASE_URL)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("laad_basis", verbosity=0, stdout=open(os.devnull, "w"))
    call_command("laad_brieven", stdout=open(os.devnull, "w"))


def vijf_pagina_beschikking() -> dict:
    from pypdf import PdfReader

    from clo.accounts.models import Organisatie
    from clo.pdf import render_pdf
    from zaken.brieven.context import voorbeeld_context
    from zaken.brieven.models import BriefSjabloon
    from zaken.brieven.render import render_brief_html

    org = Organisatie.objects.get(gemeentecode="GM1970")
    sjabloon = BriefSjabloon.objects.get(organisatie=org, code="beschikking_verleend")
    context = voorbeeld_context(org)
    # A realistic long permit: 45 voorschriften with a motivation paragraph each.
    context["besluit"]["voorschriften"] = [
        f"Voorschrift {i}: de werkzaamheden worden uitgevoerd volgens de goedgekeurde tekeningen en de "
        "constructieberekening; wijzigingen worden vooraf ter goedkeuring voorgelegd aan het bevoegd gezag."
        for i in range(1, 46)
    ]
    html = render_brief_html(
        organisatie=org,
        onderwerp=sjabloon.onderwerp,
        blokken=list(sjabloon.blokken.all()),
        context=context,
        concept=False,
    )
    render_pdf(html)  # warm-up: fonts and WeasyPrint import
    tijden, pdf = [], b""
    for _ in range(5):
        start = time.perf_counter()
        pdf = render_pdf(html, pdfa=True)
        tijden.append(time.perf_counter() - start)
    return {
        "paginas": len(PdfReader(io.BytesIO(pdf)).pages),
        "render_mediaan_s": round(statistics.median(tijden), 3),
        "render_max_s": round(max(tijden), 3),
        "budget_s": 1.5,
    }


def _zaken(aantal: int) -> list:
    from clo.accounts.models import Lidmaatschap, Medewerker, Organisatie
    from zaken.actions import registreer_zaak, voeg_betrokkene_toe
    from zaken.models import Zaak, Zaaktype

    org = Organisatie.objects.get(gemeentecode="GM1970")
    door, _ = Medewerker.objects.get_or_create(username="bench-brieven", defaults={"first_name": "Bench"})
    Lidmaatschap.objects.get_or_create(medewerker=door, organisatie=org, defaults={"rollen": ["vergunningverlener"]})
    zaaktype = Zaaktype.objects.get(organisatie=org, identificatie="AANVRAAG-REGULIER", versie=1)
    initiator = zaaktype.roltypen.get(omschrijving_generiek="initiator")
    # Zaken of earlier runs are reused: creating them is not what is measured.
    zaken = list(
        Zaak.objects.filter(organisatie=org, omschrijving__startswith="Bench aanvraag").order_by("pk")[:aantal]
    )
    for i in range(len(zaken), aantal):
        zaak = registreer_zaak(
            zaaktype=zaaktype,
            door=door,
            omschrijving=f"Bench aanvraag {i}",
            startdatum=datetime.date.today() - datetime.timedelta(days=2),
        )
        voeg_betrokkene_toe(
            zaak,
            roltype=initiator,
            door=door,
            betrokkene_type="natuurlijk_persoon",
            naam=f"Aanvrager {i}",
            straat="Hoogstraat",
            huisnummer=str(i + 1),
            postcode="9101 LJ",
            woonplaats="Dokkum",
        )
        zaken.append(zaak)
    return zaken, door


def batch(broker: str) -> dict:
    from clo.celery import app
    from zaken.brieven.actions import start_batch
    from zaken.brieven.models import BatchOpdracht, BriefSjabloon

    zaken, door = _zaken(AANTAL)
    # Registering zaken queues other apps' work (process starts); only the batch is measured.
    weggegooid = app.control.purge()
    sjabloon = BriefSjabloon.objects.get(organisatie=zaken[0].organisatie, code="ontvangstbevestiging")
    omgeving = {**os.environ, "DATABASE_URL": DATABASE_URL, "CELERY_BROKER_URL": broker}
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "clo",
            "worker",
            "--concurrency",
            "2",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
            "--pool",
            "prefork",
        ],
        env=omgeving,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(5)  # worker start-up is not part of the batch
        start = time.perf_counter()
        opdracht = start_batch(sjabloon, zaken, door=door)
        limiet = start + 1800
        while time.perf_counter() < limiet:
            opdracht = BatchOpdracht.objects.get(pk=opdracht.pk)
            if opdracht.verwerkt >= opdracht.totaal:
                break
            time.sleep(1)
        duur = time.perf_counter() - start
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    return {
        "brieven": opdracht.totaal,
        "gelukt": opdracht.gelukt,
        "mislukt": opdracht.mislukt,
        "workers": 2,
        "vooraf_geleegde_taken": weggegooid,
        "duur_s": round(duur, 1),
        "per_brief_s": round(duur / max(opdracht.verwerkt, 1), 3),
        "budget_s": 600,
    }


def main() -> dict:
    redis = shutil.which("redis-server")
    if not redis:
        raise RuntimeError("redis-server ontbreekt (apt-get install redis-server).")
    poort = _vrije_poort()
    werkmap = tempfile.mkdtemp(prefix="bench-redis-")
    server = subprocess.Popen(
        [redis, "--port", str(poort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", werkmap],
        stdout=subprocess.DEVNULL,
    )
    try:
        broker = f"redis://127.0.0.1:{poort}/0"
        _django(broker)
        return {"beschikking_5_paginas": vijf_pagina_beschikking(), "batch": batch(broker)}
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(werkmap, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, default=str))

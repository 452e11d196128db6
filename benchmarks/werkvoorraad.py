"""Werkvoorraad and zaken list at 100,000 zaken / 300,000 tasks versus a minimal authenticated
page with the same layout (ARCHITECTURE.md budget: constant query count, median within 3x).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/clo_bench python -m benchmarks.werkvoorraad

Uses its own database (default clo_bench on the local server; created and migrated when
missing); the data is generated once with bulk_create/COPY and reused on the next run.
"""

import datetime
import json
import os
import random
import statistics
import time

AANTAL_ZAKEN = int(os.environ.get("BENCH_ZAKEN", 100_000))
TAKEN_PER_ZAAK = 3
HERHALINGEN = int(os.environ.get("BENCH_HERHALINGEN", 30))
PREFIX = "BENCH"


def _django() -> None:
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clo_bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clo.settings")
    os.environ.setdefault("CLO_FAST_PASSWORD_HASHER", "1")
    _maak_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.conf import settings

    settings.ROOT_URLCONF = "benchmarks.werkvoorraad"
    settings.ALLOWED_HOSTS = ["*"]


def _maak_database(url: str) -> None:
    import psycopg

    naam = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam]).fetchone():
            conn.execute(f'CREATE DATABASE "{naam}"')


def __getattr__(naam: str):
    # ROOT_URLCONF of the benchmark: the real site plus the minimal page (built lazily, after setup).
    if naam != "urlpatterns":
        raise AttributeError(naam)
    from django.http import HttpResponse
    from django.template import engines
    from django.urls import path

    from clo.accounts.permissions import vereist_recht
    from clo.urls import urlpatterns as site

    sjabloon = engines["django"].from_string(
        '{% extends "base.html" %}{% block title %}Minimaal{% endblock %}'
        "{% block content %}<h1>Minimaal</h1>{% endblock %}"
    )

    @vereist_recht("werkvoorraad.gebruiken")
    def minimaal(request):
        return HttpResponse(sjabloon.render(request=request))

    return [path("bench/minimaal/", minimaal), *site]


def _genereer(org, zaaktype, gebruikers) -> None:
    from django.db import connection, transaction
    from django.utils import timezone
    from viewflow.workflow.models import Process, Task
    from viewflow.workflow.status import STATUS

    from vergunningen.flows import AanvraagRegulierFlow
    from zaken.models import Zaak
    from zaken.werkvoorraad.models import Taakkenmerk, ZaakProces

    rnd = random.Random(1970)
    vandaag = timezone.localdate()
    nu = timezone.now()
    flow = AanvraagRegulierFlow
    gedaan = [flow.ontvankelijkheid, flow.adviezen_uitzetten]
    open_stappen = [flow.beoordelen, flow.conceptbesluit, flow.collegiale_toets, flow.besluit_vastleggen]
    blok = 5_000
    with transaction.atomic():
        connection.cursor().execute("SET LOCAL synchronous_commit TO OFF")
        for begin in range(0, AANTAL_ZAKEN, blok):
            zaken = []
            for n in range(begin, min(begin + blok, AANTAL_ZAKEN)):
                start = vandaag - datetime.timedelta(days=rnd.randint(0, 730))
                afgesloten = n % 3 == 0
                zaken.append(
                    Zaak(
                        organisatie=org,
                        identificatie=f"{PREFIX}-{n:07d}",
                        zaaktype=zaaktype,
                        omschrijving=f"Bouwen van een schuur, Benchstraat {n}",
                        startdatum=start,
                        registratiedatum=start,
                        uiterste_afdoeningsdatum=start + datetime.timedelta(days=56),
                        einddatum=start + datetime.timedelta(days=50) if afgesloten else None,
                        vertrouwelijkheidaanduiding="zaakvertrouwelijk",
                        behandelaar=rnd.choice(gebruikers),
                    )
                )
            zaken = Zaak.objects.bulk_create(zaken)
            processen = Process.objects.bulk_create(
                [Process(flow_class=flow, status="DONE" if z.einddatum else "NEW", created=nu) for z in zaken]
            )
            with (
                connection.cursor() as cursor,
                cursor.cursor.copy(f"COPY {ZaakProces._meta.db_table} (process_ptr_id, zaak_id) FROM STDIN") as copy,
            ):
                for proces, zaak in zip(processen, zaken, strict=True):
                    copy.write_row((proces.pk, zaak.pk))
            taken, kenmerken = [], []
            for proces, zaak in zip(processen, zaken, strict=True):
                for i in range(TAKEN_PER_ZAAK):
                    is_open = i == TAKEN_PER_ZAAK - 1 and zaak.einddatum is None
                    node = rnd.choice(open_stappen) if i == TAKEN_PER_ZAAK - 1 else gedaan[i]
                    toegewezen = is_open and rnd.random() < 0.6
                    taken.append(
                        Task(
                            process=proces,
                            flow_task=node,
                            flow_task_type="HUMAN",
                            created=nu,
                            status=(STATUS.ASSIGNED if toegewezen else STATUS.NEW) if is_open else STATUS.DONE,
                            owner=zaak.behandelaar if (toegewezen or not is_open) else None,
                        )
                    )
                    kenmerken.append((zaak, node, is_open))
            taken = Task.objects.bulk_create(taken)
            Taakkenmerk.objects.bulk_create(
                [
                    Taakkenmerk(
                        task=t,
                        organisatie=org,
                        zaak=z,
                        rol="vergunningverlener",
                        titel=str(node.task_title),
                        deadline=z.uiterste_afdoeningsdatum,
                        open=is_open,
                        status=t.status,
                        eigenaar_id=t.owner_id,
                    )
                    for t, (z, node, is_open) in zip(taken, kenmerken, strict=True)
                ]
            )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _meet(client, urls: dict[str, str]) -> dict:
    """Median time and query count per page. The pages take turns (round robin) so that on a
    shared machine every page sees the same background load, which keeps the ratios honest.
    Besides wall time, the CPU time of this (Django) process: it leaves out the database and
    is much less disturbed by other work on the machine, so it shows Python-side changes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    tijden: dict[str, list[float]] = {naam: [] for naam in urls}
    cpu: dict[str, list[float]] = {naam: [] for naam in urls}
    for url in urls.values():
        client.get(url)  # warm-up (template and query plan caches)
    for _ in range(HERHALINGEN):
        for naam, url in urls.items():
            start, start_cpu = time.perf_counter(), time.thread_time()
            antwoord = client.get(url)
            cpu[naam].append((time.thread_time() - start_cpu) * 1000)
            tijden[naam].append((time.perf_counter() - start) * 1000)
            assert antwoord.status_code == 200, (url, antwoord.status_code)
    metingen = {}
    for naam, url in urls.items():
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        metingen[naam] = {
            "mediaan_ms": round(statistics.median(tijden[naam]), 2),
            "cpu_ms": round(statistics.median(cpu[naam]), 2),
            "queries": len(queries),
        }
    return metingen


def main() -> dict:
    _django()
    from django.core.management import call_command
    from django.test import Client

    from clo.accounts.models import Lidmaatschap, Medewerker, Organisatie
    from zaken.models import Zaak, Zaaktype

    call_command("migrate", verbosity=0, interactive=False)
    if not Organisatie.objects.filter(gemeentecode="GM1970").exists():
        call_command("laad_basis", verbosity=0)
    org = Organisatie.objects.get(gemeentecode="GM1970")
    zaaktype = Zaaktype.objects.get(organisatie=org, identificatie="AANVRAAG-REGULIER", versie=1)
    gebruikers = []
    for n in range(20):
        user, _ = Medewerker.objects.get_or_create(
            username=f"bench{n}", defaults={"first_name": "Bench", "last_name": str(n)}
        )
        Lidmaatschap.objects.get_or_create(
            medewerker=user, organisatie=org, defaults={"rollen": ["vergunningverlener"], "team": "Vergunningen"}
        )
        gebruikers.append(user)
    opbouw = None
    if Zaak.objects.filter(organisatie=org, identificatie__startswith=PREFIX).count() < AANTAL_ZAKEN:
        start = time.monotonic()
        Zaak.objects.filter(identificatie__startswith=PREFIX).delete()
        _genereer(org, zaaktype, gebruikers)
        opbouw = round(time.monotonic() - start, 1)
    from viewflow.workflow.models import Task

    client = Client()
    client.force_login(gebruikers[0])
    metingen = _meet(
        client,
        {
            "minimaal": "/bench/minimaal/",
            "werkvoorraad_mijn": "/werkvoorraad/",
            "werkvoorraad_team": "/werkvoorraad/?lijst=team",
            "werkvoorraad_team_verlopen": "/werkvoorraad/?lijst=team&termijn=verlopen",
            "zaken_lijst": "/zaken/",
        },
    )
    basis = metingen["minimaal"]["mediaan_ms"]
    resultaat = {
        "zaken": Zaak.objects.count(),
        "taken": Task.objects.count(),
        "opbouw_s": opbouw,
        "herhalingen": HERHALINGEN,
        "metingen": metingen,
        "verhouding_tot_minimaal": {
            k: round(v["mediaan_ms"] / basis, 2) for k, v in metingen.items() if k != "minimaal"
        },
        "cpu_verhouding_tot_minimaal": {
            k: round(v["cpu_ms"] / metingen["minimaal"]["cpu_ms"], 2) for k, v in metingen.items() if k != "minimaal"
        },
        "load": os.getloadavg(),
        "budget_verhouding": 3.0,
    }
    return resultaat


if __name__ == "__main__":
    print(json.dumps(main(), indent=2, default=str))

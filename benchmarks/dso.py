"""DSO intake: verzoeken per second per worker process with realistic bijlagen, and peak memory
while ingesting one 500 MB bijlage (ARCHITECTURE.md budget: >= 20/s, RSS flat and < 250 MB).

    python -m benchmarks.dso            # prints JSON

What is timed: per verzoek, what one intake worker does — fetch the verzoek from DSO-LV
(`haal_verzoek_op`, the verwerk_notificatie task) and run the intake task (`verwerk`, the body of
verwerk_bericht: validate, route, create zaken, fetch and store the bijlagen). Follow-up work runs
on other workers in production — the process start of vergunningen, the search index, the
basisregistraties enrichment, letters — so by default (BENCH_DSO_MODUS=intake) those tasks are
published to a real broker (BENCH_DSO_BROKER, default redis://127.0.0.1:6379/13, purged
afterwards) and not executed. BENCH_DSO_MODUS=eager runs every follow-up task inline as well (the
pessimistic number: one process doing all the work). BENCH_DSO_THREADS=N runs N verzoeken at a
time in the one process, as a worker started with `--pool threads -c N` does (default 1).

Uses its own database (default clo_bench_dso on the local server, created and migrated when
missing). The fake DSO-LV runs in a separate process on loopback, as the real one is remote;
the bijlagen are generated on the fly by the fake, never stored.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import socket
import subprocess
import sys
import threading
import time
import uuid

AANTAL = int(os.environ.get("BENCH_DSO_VERZOEKEN", 60))
MODUS = os.environ.get("BENCH_DSO_MODUS", "intake")
THREADS = int(os.environ.get("BENCH_DSO_THREADS", 1))  # tasks at a time in the one worker process
# BENCH_DSO_EIGEN_KERN=1: the worker process gets CPU 0 to itself; PostgreSQL's backends for its
# connections and the fake DSO-LV share CPU 1. In production PostgreSQL has its own server and
# DSO-LV is remote, so a worker process does not share its core with them; on a 2-core machine
# this is the closest to that. Default off: everything shares both cores.
EIGEN_KERN = os.environ.get("BENCH_DSO_EIGEN_KERN") == "1"
# BENCH_DSO_PROCESSEN=N: N worker processes share the verzoeken (as `celery worker -c N` with the
# prefork pool); reports their combined throughput. Default 1: the timed loop runs in this process.
PROCESSEN = int(os.environ.get("BENCH_DSO_PROCESSEN", 1))
BROKER = os.environ.get("BENCH_DSO_BROKER", "redis://127.0.0.1:6379/13")
BIJLAGE_BYTES = int(os.environ.get("BENCH_DSO_BIJLAGE_BYTES", 1_000_000))  # a typical scanned drawing
GROOT_BYTES = int(os.environ.get("BENCH_DSO_GROOT_BYTES", 500_000_000))


def _django() -> None:
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clo_bench_dso")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clo.settings")
    os.environ.setdefault("CLO_FAST_PASSWORD_HASHER", "1")
    os.environ.pop("CELERY_BROKER_URL", None)  # the broker (if any) is set below, for this benchmark only
    _maak_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("laad_basis", verbosity=0, stdout=open(os.devnull, "w"))
    if MODUS == "intake":
        from clo.celery import app

        app.conf.task_always_eager = False
        app.conf.broker_url = BROKER


def _leeg_broker() -> int:
    """The queued follow-up tasks belong to this run only; drop them (db 13 is the benchmark's)."""
    if MODUS != "intake":
        return 0
    from clo.celery import app

    with app.connection_for_write() as conn:
        return app.control.purge(connection=conn) or 0


class _Teller:
    """Counts the queries the timed loop sends."""

    def __init__(self) -> None:
        self.aantal = 0
        self._lock = threading.Lock()

    def __call__(self, execute, sql, params, many, context):
        with self._lock:
            self.aantal += 1
        if os.environ.get("BENCH_DSO_SQL"):
            with open(os.environ["BENCH_DSO_SQL"], "a") as fh:
                fh.write(sql.replace("\n", " ")[:300] + "\n")
        return execute(sql, params, many, context)


def _maak_database(url: str) -> None:
    import psycopg

    basis, _, naam = url.rpartition("/")
    with psycopg.connect(f"{basis}/postgres", autocommit=True) as conn:
        if not conn.execute("select 1 from pg_database where datname=%s", [naam]).fetchone():
            conn.execute(f'CREATE DATABASE "{naam}"')


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serveer(poort: int, bijlage_bytes: int) -> None:
    from koppelingen.dso.fake import VerzoekAfhandelenFake, VerzoekOpslag
    from koppelingen.fakes.server import maak_server

    maak_server(VerzoekAfhandelenFake(VerzoekOpslag(bijlage_bytes), met_samples=False), port=poort).serve_forever()


def _start_fake(bijlage_bytes: int) -> tuple[multiprocessing.Process, str]:
    poort = _vrije_poort()
    proces = multiprocessing.get_context("spawn").Process(target=_serveer, args=(poort, bijlage_bytes), daemon=True)
    proces.start()
    if EIGEN_KERN:
        os.sched_setaffinity(proces.pid, {1})
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", poort), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return proces, f"http://127.0.0.1:{poort}"


def _profiel():
    """BENCH_DSO_PROFIEL=pad.prof writes a cProfile of the timed loop (to find the slow part)."""
    if not os.environ.get("BENCH_DSO_PROFIEL"):
        return None
    import cProfile

    # BENCH_DSO_PROFIEL_KLOK=cpu: time in the profile is this thread's CPU time, not wall time
    # (waiting for PostgreSQL or the fake then costs nothing, which is what the worker's CPU is).
    klok = os.environ.get("BENCH_DSO_PROFIEL_KLOK", "wand")
    profiel = cProfile.Profile(time.thread_time) if klok == "cpu" else cProfile.Profile()
    profiel.enable()
    return profiel


def _cpu_seconden(pid: int) -> float:
    """User + system CPU of one process (all its threads) from /proc, in seconds."""
    with open(f"/proc/{pid}/stat") as fh:
        velden = fh.read().rsplit(")", 1)[1].split()
    return (int(velden[11]) + int(velden[12])) / os.sysconf("SC_CLK_TCK")


def _postgres_pids() -> list[int]:
    pids = []
    for naam in os.listdir("/proc"):
        if naam.isdigit():
            try:
                with open(f"/proc/{naam}/comm") as fh:
                    if fh.read().startswith("postgres"):
                        pids.append(int(naam))
            except OSError:
                continue
    return pids


class _CpuMeter:
    """Where the CPU goes during the timed loop: the worker process, the fake DSO-LV, PostgreSQL
    (every postgres process on this machine; the benchmark is the only client). On a 2-core
    machine they share the cores, so their sum bounds the throughput as much as the worker does."""

    def __init__(self, fake_pid: int) -> None:
        self.fake_pid = fake_pid

    def _lees(self) -> dict[str, float]:
        def som(pids):
            totaal = 0.0
            for pid in pids:
                try:
                    totaal += _cpu_seconden(pid)
                except OSError:
                    continue
            return totaal

        return {"worker": _cpu_seconden(os.getpid()), "fake": som([self.fake_pid]), "postgres": som(_postgres_pids())}

    def start(self) -> _CpuMeter:
        self.begin = self._lees()
        return self

    def stop(self) -> None:
        eind = self._lees()
        self.verbruik = {k: eind[k] - self.begin[k] for k in eind}

    def per_verzoek_ms(self, aantal: int) -> dict[str, float]:
        return {k: round(v * 1000 / aantal, 1) for k, v in self.verbruik.items()}


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        regel = next(r for r in fh if r.startswith("VmRSS:"))
    return int(regel.split()[1]) / 1024


def _voeg_toe(url: str, xml: bytes, groottes: dict | None = None) -> None:
    import requests

    requests.post(
        f"{url}/_fake/verzoeken", data=xml, timeout=30, headers={"x-fake-groottes": json.dumps(groottes or {})}
    ).raise_for_status()


def _verzoeken(prefix: str, aantal: int) -> list[tuple[str, bytes]]:
    from koppelingen.dso.samples.generator import maak_verzoek_xml

    return [(f"{prefix}{i:05d}", maak_verzoek_xml(seed=i, verzoeknummer=f"{prefix}{i:05d}")) for i in range(aantal)]


def _werkproces(taken: list[tuple[int, str]], start, uitkomst) -> None:
    """One of PROCESSEN worker processes: waits for the common start, then takes its verzoeken."""
    _django()
    from koppelingen.dso.models import DsoKoppeling
    from koppelingen.dso.services.ophalen import haal_verzoek_op
    from koppelingen.dso.services.verwerking import verwerk

    koppelingen = {k.pk: k for k in DsoKoppeling.objects.select_related("service", "organisatie")}
    start.wait()
    cpu = time.process_time()
    for koppeling_pk, nummer in taken:
        for bericht in haal_verzoek_op(koppelingen[koppeling_pk], nummer):
            verwerk(bericht.pk)
    uitkomst.put(time.process_time() - cpu)


def _controleer_verwerkt(prefix: str) -> None:
    """A throughput only counts when every verzoek of the run was really processed."""
    from koppelingen.dso.models import Bericht, BerichtStatus

    verwerkt = Bericht.objects.filter(verzoeknummer__startswith=prefix, status=BerichtStatus.VERWERKT).count()
    if verwerkt != AANTAL:
        raise SystemExit(f"benchmark ongeldig: {verwerkt} van {AANTAL} verzoeken verwerkt")


def _met_processen(werk: list) -> tuple[float, float]:
    """(wall seconds, summed worker CPU seconds) of PROCESSEN processes sharing `werk`."""
    context = multiprocessing.get_context("spawn")
    start, uitkomst = context.Barrier(PROCESSEN + 1), context.Queue()
    taken = [(koppeling.pk, nummer) for koppeling, nummer in werk]
    processen = [
        context.Process(target=_werkproces, args=(taken[i::PROCESSEN], start, uitkomst)) for i in range(PROCESSEN)
    ]
    for p in processen:
        p.start()
    start.wait()  # every process has set Django up and connected
    begin = time.perf_counter()
    cpu = sum(uitkomst.get() for _ in processen)
    duur = time.perf_counter() - begin
    for p in processen:
        p.join()
    return duur, cpu


def doorvoer() -> dict:
    from clo.accounts.models import Organisatie
    from koppelingen.dso.models import Bijlage, DsoKoppeling
    from koppelingen.dso.services.inrichting import richt_koppeling_in, richt_mapping_in
    from koppelingen.dso.services.ophalen import haal_verzoek_op
    from koppelingen.dso.services.verwerking import verwerk

    proces, url = _start_fake(BIJLAGE_BYTES)
    try:
        # Unique per run: a prefix of an earlier run would make its verzoeken "already received"
        # and the run would time nothing but the duplicate check (seen with 3 hex digits).
        prefix = time.strftime("%y%m%d") + uuid.uuid4().hex[:10].upper()
        verzoeken = _verzoeken(prefix, AANTAL)
        for _, xml in verzoeken:
            _voeg_toe(url, xml)
        for org in Organisatie.objects.all():
            richt_mapping_in(org)
            richt_koppeling_in(org, url + "/")
        koppelingen = {k.organisatie.oin: k for k in DsoKoppeling.objects.select_related("service", "organisatie")}
        from django.db import connection

        from koppelingen.dso.stam import parse_verzoek

        # Which tenant's koppeling receives each verzoek (the digikoppelaar's notificatie names it).
        werk = [
            (koppelingen[parse_verzoek(xml, valideer=False).verzoek.bevoegd_gezag.oin], nummer)
            for nummer, xml in verzoeken
        ]
        if PROCESSEN > 1:
            duur, cpu = _met_processen(werk)
            opgeslagen = Bijlage.objects.filter(bericht__verzoeknummer__startswith=prefix, status="opgehaald").count()
            _controleer_verwerkt(prefix)
            _leeg_broker()
            return {
                "modus": MODUS,
                "processen": PROCESSEN,
                "verzoeken": AANTAL,
                "seconden": round(duur, 2),
                "verzoeken_per_seconde": round(AANTAL / duur, 1),
                "bijlagen_opgeslagen": opgeslagen,
                "cpu_ms_per_verzoek": {"workers": round(cpu * 1000 / AANTAL, 1)},
            }
        teller = _Teller()

        vastgezet = threading.local()

        def zet_backend_vast() -> None:
            """With EIGEN_KERN: this thread's PostgreSQL backend runs on CPU 1, not the worker's."""
            if EIGEN_KERN and not getattr(vastgezet, "pid", None):
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_backend_pid()")
                    vastgezet.pid = cursor.fetchone()[0]
                os.sched_setaffinity(vastgezet.pid, {1})

        def een_verzoek(item) -> None:
            koppeling, nummer = item
            zet_backend_vast()
            with connection.execute_wrapper(teller):  # per thread: each has its own connection
                # In intake mode ontvang_bericht publishes verwerk_bericht; run its body here as the
                # intake worker would (in eager mode it already ran and this call is a no-op).
                for bericht in haal_verzoek_op(koppeling, nummer):
                    verwerk(bericht.pk)

        if EIGEN_KERN:
            os.sched_setaffinity(0, {0})  # this process and the threads it starts from now on
        profiel = _profiel()
        cpu = _CpuMeter(proces.pid).start()
        hoofd_cpu = time.thread_time()
        start = time.perf_counter()
        if THREADS == 1:
            for item in werk:
                een_verzoek(item)
        else:
            # One worker process taking THREADS tasks at a time, as `celery worker --pool threads -c N`.
            from concurrent.futures import ThreadPoolExecutor

            from django.db import close_old_connections

            def in_thread(item) -> None:
                try:
                    een_verzoek(item)
                finally:
                    close_old_connections()

            with ThreadPoolExecutor(THREADS) as pool:
                list(pool.map(in_thread, werk))
        duur = time.perf_counter() - start
        hoofd_cpu = time.thread_time() - hoofd_cpu
        cpu.stop()
        if profiel:
            profiel.disable()
            profiel.dump_stats(os.environ["BENCH_DSO_PROFIEL"])
        bijlagen = Bijlage.objects.filter(bericht__verzoeknummer__startswith=prefix, status="opgehaald").count()
        _controleer_verwerkt(prefix)
        vervolgtaken = _leeg_broker()
    finally:
        proces.terminate()
    return {
        "modus": MODUS,
        "threads": THREADS,
        "eigen_kern": EIGEN_KERN,
        "verzoeken": AANTAL,
        "queries_per_verzoek": round(teller.aantal / AANTAL, 1),
        "vervolgtaken_in_wachtrij": vervolgtaken,
        "seconden": round(duur, 2),
        "verzoeken_per_seconde": round(AANTAL / duur, 1),
        "bijlagen_opgeslagen": bijlagen,
        "bijlage_bytes": BIJLAGE_BYTES,
        "cpu_ms_per_verzoek": {
            **cpu.per_verzoek_ms(AANTAL),
            # With THREADS=1 the main thread does all but the downloads (which run in their threads).
            "worker_hoofdthread": round(hoofd_cpu * 1000 / AANTAL, 1),
        },
        "wand_ms_per_verzoek": round(duur * 1000 / AANTAL, 1),
    }


def geheugen() -> dict:
    """Run in a fresh process so the peak RSS belongs to the big bijlage alone."""
    import threading

    from clo.accounts.models import Organisatie
    from koppelingen.dso.models import Bijlage
    from koppelingen.dso.samples.generator import maak_verzoek_xml
    from koppelingen.dso.services.inrichting import richt_koppeling_in, richt_mapping_in
    from koppelingen.dso.services.ophalen import haal_verzoek_op
    from koppelingen.dso.services.verwerking import verwerk

    proces, url = _start_fake(10_000)
    try:
        nummer = time.strftime("%y%m%d") + uuid.uuid4().hex[:7].upper()
        xml = maak_verzoek_xml(seed=2, verzoeknummer=nummer)  # bouwactiviteit omgevingsplan, one drawing
        from koppelingen.dso.stam import parse_verzoek

        verzoek = parse_verzoek(xml, valideer=False).verzoek
        groot = verzoek.documenten[0].bestandsnaam
        _voeg_toe(url, xml, {groot: GROOT_BYTES})
        org = Organisatie.objects.get(oin=verzoek.bevoegd_gezag.oin)
        richt_mapping_in(org)
        koppeling = richt_koppeling_in(org, url + "/")
        voor = _rss_mb()
        piek = [voor]
        klaar = threading.Event()

        def meet() -> None:
            while not klaar.wait(0.05):
                piek.append(_rss_mb())

        meter = threading.Thread(target=meet, daemon=True)
        meter.start()
        start = time.perf_counter()
        for bericht in haal_verzoek_op(koppeling, nummer):
            verwerk(bericht.pk)
        duur = time.perf_counter() - start
        klaar.set()
        meter.join()
        opgeslagen = Bijlage.objects.get(bericht__verzoeknummer=nummer, bestandsnaam=groot)
        _leeg_broker()
    finally:
        proces.terminate()
    return {
        "bijlage_bytes": GROOT_BYTES,
        "status": opgeslagen.status,
        "seconden": round(duur, 1),
        "rss_voor_mb": round(voor, 1),
        "rss_piek_mb": round(max(piek), 1),
        "rss_toename_mb": round(max(piek) - voor, 1),
        "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> dict:
    _django()
    resultaat = {"doorvoer": doorvoer()}
    uit = subprocess.run(
        [sys.executable, "-m", "benchmarks.dso", "--geheugen"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=True,
    )
    resultaat["geheugen_500mb"] = json.loads(uit.stdout.strip().splitlines()[-1])
    return resultaat


if __name__ == "__main__":
    if "--geheugen" in sys.argv:
        _django()
        print(json.dumps(geheugen()))
    else:
        print(json.dumps(main(), indent=2))

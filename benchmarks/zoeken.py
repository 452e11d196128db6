"""Search latency over 1,000,000 zaken (ARCHITECTURE.md budget: median under 150 ms).

    python -m benchmarks.zoeken          # prints JSON

Uses its own database (BENCH_ZOEKEN_DATABASE_URL, default clo_bench_zoeken on the local server;
created and migrated when missing). Zaken and their index rows are generated once with SQL
generate_series, in the same normalised form the index writer produces, and reused next time.
The timed calls are the real `zaken.zoeken.selectors.zoek` with a vergunningverlener's
membership (permission filter, ranking, select_related of the result page).
"""

import json
import os
import random
import statistics
import subprocess
import sys
import time

AANTAL = int(os.environ.get("BENCH_ZOEKEN_ZAKEN", 1_000_000))
HERHALINGEN = int(os.environ.get("BENCH_HERHALINGEN", 15))
URL = os.environ.get("BENCH_ZOEKEN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clo_bench_zoeken")

STRATEN = ["Hoogstraat", "Diep", "Grote Breedstraat", "Voorstraat", "Stinsdyk", "Hegebuorren", "Foarstrjitte",
           "Haadwei", "Rinsmaweg", "Kleasterwei", "Schoolstraat", "Tsjerkestrjitte", "Mûnewei", "Kerkstraat",
           "Molenweg", "Dijkstraat", "Prinsenstraat", "Oosterstraat", "Westerstraat", "Noorderstraat", "Zuiderweg",
           "Stationsweg", "Parkweg", "Sportlaan", "Julianastraat", "Wilhelminastraat", "Beatrixstraat", "Lindenlaan",
           "Eikenlaan", "Berkenlaan", "Legeweg", "Oud Dokkumerdyk", "Koningsstraat", "Brede Plaats", "Harddraversdyk",
           "Tuinbouwweg", "Betterwird", "Rondweg", "Skoalstrjitte", "Jelsumerstraat"]
PLAATSEN = ["Dokkum", "Kollum", "Holwerd", "Ternaard", "Metslawier", "Ee", "Damwâld", "Feanwâlden", "De Westereen",
            "Rinsumageast", "Broeksterwâld", "Anjum", "Oostrum", "Wetsens", "Burdaard"]
NAMEN = ["van der Meulen", "de Boer", "Jansma", "Zijlstra", "Bakker", "Tjepkema", "Wiersma", "de Vries", "van Dijk",
         "Hoekstra", "Dijkstra", "Postma", "Visser", "Bosma", "van der Meer", "Kuipers", "de Jong", "Terpstra",
         "Veenstra", "Hiemstra", "Kramer", "Mulder", "van der Veen", "Sikkema", "Bouma", "Brouwer", "Hoogeveen",
         "Kingma", "Nauta", "Rienstra", "Sijbesma", "Talsma", "Wijma", "Yntema", "Zwart", "Faber", "de Haan",
         "van den Berg", "Smit", "Meijer", "de Groot", "Span", "Altena", "Boonstra", "Dam", "Elzinga", "Feenstra",
         "Gerbrandy", "Haitsma", "Jellema"]
VOORLETTERS = ["J.", "S.", "P.", "M.", "R.", "A.", "H.", "T.", "W.", "K."]
OMSCHRIJVINGEN = ["Bouwen van een woning", "Plaatsen dakkapel", "Bouwen schuur", "Kappen van twee linden",
                  "Uitbreiden bedrijfshal", "Sloopmelding schuur met asbest", "Melding bouwactiviteit gevolgklasse 1",
                  "Controle realisatie woning", "Controle brandveilig gebruik", "Illegale aanbouw zonder vergunning",
                  "Plaatsen zonnepanelen op monument", "Aanleggen uitrit", "Verbouwen boerderij tot woningen",
                  "Plaatsen erfafscheiding", "Windturbine op bedrijventerrein", "Vooroverleg appartementengebouw",
                  "Overlast bouwwerkzaamheden", "Handhavingsverzoek illegale bewoning", "Bouwen carport",
                  "Wijzigen gebruik winkel naar woning"]


def _bsns(aantal: int) -> list[str]:
    from clo.core.validators import elfproef

    rnd, gevonden = random.Random(1891), set()
    while len(gevonden) < aantal:
        kandidaat = f"{rnd.randint(100_000_000, 999_999_999)}"
        if elfproef(kandidaat):
            gevonden.add(kandidaat)
    return sorted(gevonden)


def _maak_database() -> None:
    import psycopg

    naam = URL.rsplit("/", 1)[1]
    with psycopg.connect(URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam]).fetchone():
            conn.execute(f'CREATE DATABASE "{naam}"')


GENEREER = """
WITH reeks AS (
  SELECT i, %(basis)s + i AS zaak_id,
         CASE WHEN i %% 10 < 7 THEN %(nef)s ELSE %(dan)s END AS org,
         -- multiplicative hashing: independent, evenly spread choices per dimension
         (i::bigint * 2654435761 %% 4294967291) %% %(n_straat)s + 1 AS s,
         1 + (i::bigint * 40503 %% 65521) %% 150 AS nr,
         (i::bigint * 97 * 2654435761 %% 4294967291) %% %(n_plaats)s + 1 AS p,
         (i::bigint * 193 * 2654435761 %% 4294967291) %% %(n_naam)s + 1 AS n,
         (i::bigint * 389 %% 65521) %% %(n_vl)s + 1 AS v,
         (i::bigint * 769 * 2654435761 %% 4294967291) %% %(n_omschr)s + 1 AS o,
         lpad((1000 + (i::bigint * 7919 %% 1000003) %% 8999)::text, 4, '0') AS pc4,
         lower(chr(65 + i %% 26) || chr(65 + (i / 26) %% 26)) AS pcl,
         (2015 + (i - 1) * 11 / %(aantal)s)::int AS jaar, i AS volgnr
  FROM generate_series(1, %(aantal)s) AS i
)
"""


def _genereer(cursor, organisaties: dict, zaaktypen: dict) -> None:
    from zaken.zoeken.normalisatie import normaliseer

    cursor.execute("SELECT coalesce(max(id), 0) FROM zaken_zaak")
    basis = cursor.fetchone()[0]
    params = {
        "basis": basis, "aantal": AANTAL, "nef": organisaties["GM1970"], "dan": organisaties["GM1891"],
        "straten": STRATEN, "straten_n": [normaliseer(s) for s in STRATEN], "n_straat": len(STRATEN),
        "plaatsen_n": [normaliseer(p) for p in PLAATSEN], "plaatsen": PLAATSEN, "n_plaats": len(PLAATSEN),
        "namen_n": [normaliseer(n) for n in NAMEN], "n_naam": len(NAMEN), "vl": VOORLETTERS,
        "vl_n": [normaliseer(v) for v in VOORLETTERS], "n_vl": len(VOORLETTERS),
        "omschr": OMSCHRIJVINGEN, "omschr_n": [normaliseer(o) for o in OMSCHRIJVINGEN], "n_omschr": len(OMSCHRIJVINGEN),
        "zt_nef": zaaktypen["GM1970"], "zt_dan": zaaktypen["GM1891"], "bsns": _bsns(3000),
    }
    cursor.execute(GENEREER + """
INSERT INTO zaken_zaak (id, uuid, identificatie, omschrijving, toelichting, registratiedatum, startdatum, einddatum,
  uiterste_afdoeningsdatum, vertrouwelijkheidaanduiding, verzoeknummer, bron, kanaal, archiefnominatie, archiefstatus,
  aangemaakt_op, gewijzigd_op, organisatie_id, zaaktype_id)
SELECT zaak_id, gen_random_uuid(), 'BZ-' || jaar || '-' || lpad(volgnr::text, 6, '0'),
  (%(omschr)s::text[])[o] || ', ' || (%(straten)s::text[])[s] || ' ' || nr, '',
  make_date(jaar, 1, 1) + (i %% 360), make_date(jaar, 1, 1) + (i %% 360),
  CASE WHEN jaar < 2025 THEN make_date(jaar, 1, 1) + (i %% 360) + 60 END, make_date(jaar, 1, 1) + (i %% 360) + 56,
  CASE WHEN i %% 50 = 0 THEN 'vertrouwelijk' ELSE 'zaakvertrouwelijk' END, 'OLO' || i, 'import', '', '',
  'nog_te_archiveren', now(), now(), org,
  CASE WHEN org = %(nef)s THEN (%(zt_nef)s::bigint[])[1 + i %% cardinality(%(zt_nef)s::bigint[])]
       ELSE (%(zt_dan)s::bigint[])[1 + i %% cardinality(%(zt_dan)s::bigint[])] END
FROM reeks""", params)
    cursor.execute(GENEREER + """, rij AS (
  SELECT r.*, z.zaaktype_id, z.vertrouwelijkheidaanduiding, z.startdatum, z.einddatum, z.identificatie, z.omschrijving,
    lower(replace(z.identificatie, '-', ' ')) || ' olo' || r.i AS deel_a,
    (%(omschr_n)s::text[])[o] AS deel_b,
    (%(omschr_n)s::text[])[o] || ' ' || (%(straten_n)s::text[])[s] || ' ' || nr || ' ' || pc4 || pcl || ' '
      || pc4 || ' ' || pcl || ' ' || (%(plaatsen_n)s::text[])[p] || ' ' || (%(vl_n)s::text[])[v] || ' '
      || (%(namen_n)s::text[])[n] AS deel_c
  FROM reeks r JOIN zaken_zaak z ON z.id = r.zaak_id
)
INSERT INTO zoeken_zaakzoekindex (zaak_id, identificatie, omschrijving, organisatie_id, zaaktype_identificatie,
  vertrouwelijkheid, status,
  afgesloten, startdatum, einddatum, laag, zoekvector, tekst, bsns, kvks, adressleutels, adres, lat, lon,
  bijgewerkt_op)
SELECT rij.zaak_id, rij.identificatie, rij.omschrijving, rij.org, zt.identificatie, rij.vertrouwelijkheidaanduiding,
  CASE WHEN rij.einddatum IS NULL THEN 'In behandeling' ELSE 'Afgehandeld' END, rij.einddatum IS NOT NULL,
  rij.startdatum, rij.einddatum,
  CASE WHEN zt.identificatie LIKE 'HANDHAVING%%' THEN 'handhaving' WHEN zt.identificatie = 'CONTROLE' THEN 'toezicht'
       ELSE 'vergunning' END,
  setweight(to_tsvector('dutch', deel_a), 'A') || setweight(to_tsvector('dutch', deel_b), 'B')
    || setweight(to_tsvector('dutch', deel_c), 'C'),
  deel_a || ' ' || deel_b || ' ' || deel_c,
  CASE WHEN i %% 3 = 0 THEN ARRAY[(%(bsns)s::text[])[1 + i %% 3000]] ELSE '{}' END,
  CASE WHEN i %% 5 = 0 THEN ARRAY[(10000000 + i)::text] ELSE '{}' END,
  ARRAY[pc4 || pcl, pc4 || pcl || nr],
  (%(straten)s::text[])[s] || ' ' || nr || ', ' || pc4 || upper(pcl) || ' ' || (%(plaatsen)s::text[])[p],
  53.2 + (i %% 2000) / 10000.0, 5.8 + ((i * 7) %% 4000) / 10000.0, now()
FROM rij JOIN zaken_zaaktype zt ON zt.id = rij.zaaktype_id""", params)
    cursor.execute("SELECT setval(pg_get_serial_sequence('zaken_zaak', 'id'), (SELECT max(id) FROM zaken_zaak))")


def _voorbereiden():
    from django.core.management import call_command
    from django.db import connection, transaction

    from clo.accounts.models import Lidmaatschap, Medewerker, Organisatie
    from zaken.models import Zaaktype
    from zaken.zoeken.models import ZaakZoekindex

    call_command("migrate", verbosity=0)
    call_command("laad_basis", verbosity=0, stdout=open(os.devnull, "w"))
    orgs = {o.gemeentecode: o.pk for o in Organisatie.objects.all()}
    if ZaakZoekindex.objects.filter(zaak__identificatie__startswith="BZ-").count() < AANTAL:
        zaaktypen = {code: list(Zaaktype.objects.filter(organisatie_id=pk).values_list("pk", flat=True))
                     for code, pk in orgs.items()}
        start = time.monotonic()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DELETE FROM zoeken_zaakzoekindex WHERE zaak_id IN "
                           "(SELECT id FROM zaken_zaak WHERE identificatie LIKE 'BZ-%%')")
            cursor.execute("DELETE FROM zaken_zaak WHERE identificatie LIKE 'BZ-%%'")
            _genereer(cursor, orgs, zaaktypen)
            # The vocabulary the index writer keeps on write, derived here in one statement.
            cursor.execute("""INSERT INTO zoeken_zoekwoord (woord)
                SELECT DISTINCT w FROM zoeken_zaakzoekindex, regexp_split_to_table(tekst, ' ') AS w
                WHERE length(w) BETWEEN 3 AND 60 AND w ~ '^[a-z]+$' ON CONFLICT DO NOTHING""")
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE zoeken_zaakzoekindex")
            cursor.execute("VACUUM ANALYZE zaken_zaak")
        print(f"{AANTAL} zaken gegenereerd in {time.monotonic() - start:.0f} s", file=sys.stderr)
    user, _ = Medewerker.objects.get_or_create(username="bench.zoeken")
    lid, _ = Lidmaatschap.objects.update_or_create(
        medewerker=user, organisatie_id=orgs["GM1970"], defaults={"rollen": ["vergunningverlener"]})
    return user, lid


def _zoektermen() -> dict[str, str]:
    from zaken.zoeken.models import ZaakZoekindex

    rij = (ZaakZoekindex.objects.filter(zaak__identificatie__startswith="BZ-", organisatie__gemeentecode="GM1970",
                                        vertrouwelijkheid="zaakvertrouwelijk")
           .exclude(bsns=[]).exclude(kvks=[]).select_related("zaak").order_by("zaak_id")[min(12345, AANTAL // 40)])
    pc = rij.adressleutels[1]
    return {
        "zaaknummer": rij.zaak.identificatie,
        "postcode_huisnummer": f"{pc[:4]} {pc[4:6].upper()} {pc[6:]}",
        "straat_nummer_plaats": "hoogstraat 12 dokkum",
        "naam_tussenvoegsel": "v.d. meulen",
        "naam_typo": "hiemstar",
        "omschrijving": "dakkapel",
        "straat_typo": "hoogstaat",
        "fries_zonder_accent": "damwald mûnewei",
        "kvk": rij.kvks[0],
        "bsn": rij.bsns[0],
        "twee_woorden": "schuur kollum",
    }


def _meet(user, lid) -> dict:
    from zaken.zoeken.selectors import Filters, zoek

    resultaten, alle = {}, []
    gevallen = [(naam, term, Filters()) for naam, term in _zoektermen().items()]
    gevallen.append(("omschrijving_met_zaaktypefilter", "dakkapel", Filters(zaaktype="AANVRAAG-REGULIER")))
    gevallen.append(("bladeren_lopend", "", Filters(afgesloten="nee")))
    for naam, term, filters in gevallen:
        zoek(lid, term, door=user, filters=filters)  # warm-up
        tijden = []
        for _ in range(HERHALINGEN):
            start = time.perf_counter()
            r = zoek(lid, term, door=user, filters=filters)
            tijden.append((time.perf_counter() - start) * 1000)
        alle += tijden
        resultaten[naam] = {"zoekterm": term, "mediaan_ms": round(statistics.median(tijden), 1),
                            "max_ms": round(max(tijden), 1), "treffers_eerste_pagina": len(r.rijen)}
    alle.sort()
    return {"zaken": AANTAL, "herhalingen": HERHALINGEN, "mediaan_ms": round(statistics.median(alle), 1),
            "p95_ms": round(alle[int(len(alle) * 0.95) - 1], 1), "budget_mediaan_ms": 150,
            "binnen_budget": statistics.median(alle) < 150, "per_zoekvraag": resultaten}


def main() -> dict:
    from django.apps import apps

    if apps.ready:
        # Django is already set up for another database (e.g. `make bench` ran another
        # benchmark first): run in a fresh interpreter against our own database.
        uit = subprocess.run([sys.executable, "-m", "benchmarks.zoeken"], capture_output=True, text=True, check=True)
        return json.loads(uit.stdout)
    os.environ["DATABASE_URL"] = URL
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clo.settings")
    _maak_database()
    import django

    django.setup()
    user, lid = _voorbereiden()
    return _meet(user, lid)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))

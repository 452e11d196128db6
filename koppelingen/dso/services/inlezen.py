"""Ops entry points shared by the management commands: ingest a file, simulate a verzoek."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import requests
from django.utils import timezone

from ..models import Bericht, DsoKoppeling
from ..stam import MAX_BYTES_STANDAARD
from .ontvangst import ontvang_bericht
from .verwerking import verwerk, zaken_van


def lees_bestand_in(pad: Path, bijlagen_map: Path | None = None) -> tuple[Bericht, bool]:
    if pad.stat().st_size > MAX_BYTES_STANDAARD:
        raise ValueError(f"{pad} is groter dan {MAX_BYTES_STANDAARD // 1_048_576} MB.")
    bericht, nieuw = ontvang_bericht(
        pad.read_bytes(), bron="bestand", bijlagen_map=str(bijlagen_map.resolve()) if bijlagen_map else ""
    )
    # Also processes in-line when a worker runs the queued task: verwerk is idempotent.
    return verwerk(bericht.pk), nieuw


def resultaat(bericht: Bericht, nieuw: bool) -> dict:
    return {
        "verzoeknummer": bericht.verzoeknummer,
        "volgnummer": bericht.volgnummer,
        "doel": bericht.doel,
        "status": bericht.status,
        "nieuw": nieuw,
        "melding": bericht.fout_melding,
        "zaken": [z.identificatie for z in zaken_van(bericht)],
    }


def simuleer_verzoek(koppeling: DsoKoppeling, seed: int | None = None) -> str:
    """Puts a fresh verzoek for the koppeling's tenant into the fake DSO-LV; returns its nummer."""
    from ..samples.gegevens import BEVOEGDE_GEZAGEN, LOCATIES
    from ..samples.generator import maak_verzoek_xml, standaard_gegevens

    gemeente = next(k for k, v in BEVOEGDE_GEZAGEN.items() if v["oin"] == koppeling.organisatie.oin)
    rng = random.Random(seed)
    while True:
        kandidaat = rng.randrange(0, 10_000)
        if LOCATIES[sorted(LOCATIES)[kandidaat % len(LOCATIES)]]["gemeente"] == gemeente:
            break
    nu = timezone.localtime().replace(tzinfo=None) - timedelta(minutes=1)
    verzoeknummer = f"{nu:%Y%m%d}{rng.randrange(50000, 99999):05d}"
    gegevens = standaard_gegevens(kandidaat)
    xml = maak_verzoek_xml(
        seed=kandidaat,
        verzoeknummer=verzoeknummer,
        indieningsdatum=nu,
        tijdstip_bericht=nu + timedelta(seconds=40),
        project_id=f"{gegevens['project_id'][:-2]}-{rng.randrange(10)}",
    )
    url = koppeling.service.api_root.rstrip("/") + "/_fake/verzoeken"
    antwoord = requests.post(url, data=xml, headers={"Content-Type": "application/xml"}, timeout=10)
    antwoord.raise_for_status()
    return verzoeknummer

"""Client of the DSO-LV Verzoek afhandelen API v2 (wire format: see koppelingen/dso/fake/app.py).

Built from the tenant's DsoKoppeling: a zgw-consumers Service (root, PKIoverheid client
certificate, timeout) plus the tenant's OIN in a header.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import requests

from ...basis.oin import OinKoppelingClient
from ...errors import KoppelingFout, KoppelingNietBeschikbaar

logger = logging.getLogger(__name__)
CHUNK = 1 << 20


class DownloadFout(KoppelingFout):
    """A bijlage could not be stored: size limit, checksum mismatch, or a broken transfer."""


@dataclass(frozen=True)
class Download:
    grootte: int
    sha256: str


class VerzoekAfhandelenClient(OinKoppelingClient):
    systeem = "DSO Verzoek afhandelen"
    systeem_in_zin = "het Omgevingsloket (DSO-LV)"

    def zoek(self, vanaf: datetime, tot: datetime | None = None) -> list[dict[str, Any]]:
        """All verzoeken submitted in the range, over every page."""
        gevonden: list[dict[str, Any]] = []
        pagina = 1
        while True:
            body = {"indieningsdatumVanaf": vanaf.isoformat(), "page": pagina}
            if tot:
                body["indieningsdatumTot"] = tot.isoformat()
            # _zoek only reads, so a retry is harmless.
            data = self._post("verzoeken/_zoek", body, herhaalbaar=True, onderwerp="de zoekvraag")
            gevonden.extend(data.get("verzoeken") or [])
            if pagina >= int(data.get("totalPages") or 1):
                return gevonden
            pagina += 1

    def samenvatting(self, verzoeknummer: str) -> dict[str, Any]:
        return self._get(
            f"verzoeken/{verzoeknummer}/samenvatting", cachebaar=False, onderwerp=f"verzoek {verzoeknummer}"
        )

    def haal_bytes(self, url: str, *, max_bytes: int) -> bytes:
        """Small files (the verzoek XML) in memory, with a size limit."""
        antwoord = self._verstuur("GET", url, herhaalbaar=True, headers={"Accept": "*/*"})
        if len(antwoord.content) > max_bytes:
            raise DownloadFout(f"Het bestand is groter dan {max_bytes // 1_048_576} MB.", systeem=self.systeem)
        return antwoord.content

    def download(
        self,
        url: str,
        doel: BinaryIO,
        *,
        max_bytes: int,
        verwachte_sha256: str = "",
        verwachte_grootte: int | None = None,
    ) -> Download:
        """Streams `url` into `doel` chunk by chunk, retrying broken transfers from the start."""
        wachttijden = iter(self.retry.wachttijden())
        while True:
            try:
                return self._download_eenmaal(url, doel, max_bytes, verwachte_sha256, verwachte_grootte)
            except (KoppelingNietBeschikbaar, requests.RequestException) as exc:
                wacht = next(wachttijden, None)
                if wacht is None:
                    if isinstance(exc, KoppelingFout):
                        raise
                    raise KoppelingNietBeschikbaar(detail=f"download {url}: {exc}", systeem=self.systeem) from exc
                logger.warning("download %s mislukt, opnieuw over %.1f s: %s", url, wacht, exc)
                self.retry.sleep(wacht)

    def _download_eenmaal(self, url, doel, max_bytes, verwachte_sha256, verwachte_grootte) -> Download:
        doel.seek(0)
        doel.truncate()
        headers = {**self.standaard_headers, "Accept": "*/*"}
        with self.session.request("GET", url, headers=headers, stream=True, timeout=self.timeout) as antwoord:
            if antwoord.status_code >= 400:
                raise self._fout_voor("GET", url, antwoord, "de bijlage")
            lengte = antwoord.headers.get("Content-Length")
            if lengte and lengte.isdigit() and int(lengte) > max_bytes:
                raise DownloadFout(self._te_groot(max_bytes), detail=f"Content-Length {lengte}", systeem=self.systeem)
            sha = hashlib.sha256()
            totaal = 0
            for stuk in antwoord.iter_content(CHUNK):
                totaal += len(stuk)
                if totaal > max_bytes:
                    raise DownloadFout(
                        self._te_groot(max_bytes), detail=f"meer dan {max_bytes} bytes", systeem=self.systeem
                    )
                sha.update(stuk)
                doel.write(stuk)
        doel.flush()
        if lengte and lengte.isdigit() and totaal != int(lengte):
            raise KoppelingNietBeschikbaar(detail=f"afgebroken: {totaal} van {lengte} bytes", systeem=self.systeem)
        if verwachte_grootte is not None and totaal != verwachte_grootte:
            raise DownloadFout(
                "De bijlage is niet volledig ontvangen.",
                detail=f"{totaal} bytes, verwacht {verwachte_grootte}",
                systeem=self.systeem,
            )
        if verwachte_sha256 and sha.hexdigest() != verwachte_sha256.lower():
            raise DownloadFout(
                "De controlesom van de bijlage klopt niet; het bestand is beschadigd.",
                detail=f"sha256 {sha.hexdigest()} != {verwachte_sha256}",
                systeem=self.systeem,
            )
        return Download(grootte=totaal, sha256=sha.hexdigest())

    @staticmethod
    def _te_groot(max_bytes: int) -> str:
        return f"De bijlage is groter dan het maximum van {max_bytes // 1_048_576} MB en is niet opgeslagen."


def bestand_in_map(map_: str | Path, bestandsnaam: str) -> Path:
    """The file for a bijlage in an ops replay folder, refusing names that leave the folder."""
    basis = Path(map_).resolve()
    pad = (basis / bestandsnaam).resolve()
    if basis not in pad.parents:
        raise DownloadFout(f"Onveilige bestandsnaam '{bestandsnaam}'.")
    return pad

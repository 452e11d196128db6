"""Client of the DSO samenwerkfunctionaliteit, behandelen v5.

The Service's api_root is the v5 root (`.../overheid/samenwerken/api/behandelen/v5/`); paths are
relative to it. Which parts of the wire format are evidenced and which assumed: koppelingen/swf/fake.py.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..basis.oin import OinKoppelingClient
from .multipart import MultipartBestand


class SwfClient(OinKoppelingClient):
    systeem = "DSO Samenwerken"
    systeem_in_zin = "de samenwerkfunctionaliteit van het DSO"

    # -- samenwerking -------------------------------------------------------------------------

    def start_samenwerking(
        self, titel: str, *, kenmerk_systeem: str, nummer_binnen_systeem: str, verzoeknummer: str | None = None
    ) -> str:
        body = {
            "titel": titel,
            "kenmerkSysteem": kenmerk_systeem,
            "nummerBinnenSysteem": nummer_binnen_systeem,
            "samenwerkVorm": "SAMENWERKEN_AAN_BEHANDELEN",
            "samenwerkDoel": "BEHANDELEN",
        }
        if verzoeknummer:
            body["verzoeknummer"] = verzoeknummer
        return self._post("samenwerkingen", body, onderwerp="de samenwerking")["samenwerkingId"]

    def nodig_uit(self, samenwerking_id: str, oin: str) -> None:
        self._post(f"samenwerkingen/{samenwerking_id}/deelnemers", {"oin": oin}, onderwerp="de samenwerking")

    def upload(self, samenwerking_id: str, bestandsnaam: str, bestand: BinaryIO, *, kenmerk: str = "") -> str:
        body = MultipartBestand("file", bestandsnaam, bestand)
        # Not through _verstuur: the body is a stream (never whole in memory) and is not resent.
        antwoord = self.session.request(
            "POST",
            f"samenwerkingen/{samenwerking_id}/documenten",
            params={"kenmerkSysteem": kenmerk} if kenmerk else None,
            data=body,
            headers={**self.standaard_headers, "Content-Type": body.content_type},
            timeout=self.timeout,
        )
        if antwoord.status_code >= 400:
            raise self._fout_voor("POST", "documenten", antwoord, "het document")
        return self._json(antwoord)["documentId"]

    def download(self, document_id: str) -> tuple[str, bytes]:
        antwoord = self._verstuur(
            "GET",
            f"documenten/{document_id}/content",
            herhaalbaar=True,
            headers={"Accept": "*/*"},
            onderwerp="het document",
        )
        naam = antwoord.headers.get("Content-Disposition", "").partition("filename=")[2].strip('"')
        return naam or f"{document_id}.pdf", antwoord.content

    # -- actieverzoeken -----------------------------------------------------------------------

    def stuur_actieverzoek(
        self,
        samenwerking_id: str,
        *,
        ontvanger: str,
        titel: str,
        omschrijving: str,
        deadline: datetime.date | None,
        documenten: list[str],
        soort: str = "advies",
    ) -> str:
        body = {
            "ontvanger": ontvanger,
            "titel": titel,
            "omschrijving": omschrijving,
            "documenten": documenten,
            # Not seen in v5 (assumed): CLO needs the kind and the deadline of an adviesvraag.
            "soort": soort,
            "uiterlijkeReactiedatum": deadline.isoformat() if deadline else None,
        }
        data = self._post(f"samenwerkingen/{samenwerking_id}/actieverzoeken", body, onderwerp="het actieverzoek")
        return data["actieverzoekId"]

    def actieverzoek(self, actieverzoek_id: str) -> dict[str, Any]:
        return self._get(f"actieverzoeken/{actieverzoek_id}", cachebaar=False, onderwerp="het actieverzoek")

    def wijzig_actieverzoek(self, actieverzoek_id: str, **velden: Any) -> dict[str, Any]:
        antwoord = self._verstuur(
            "PATCH", f"actieverzoeken/{actieverzoek_id}", json=velden, herhaalbaar=False, onderwerp="het actieverzoek"
        )
        return self._json(antwoord)

    def meld_gereed(self, actieverzoek_id: str, melding: str) -> dict[str, Any]:
        return self.wijzig_actieverzoek(actieverzoek_id, status="GEREEDGEMELD", melding=melding)

    def trek_in(self, actieverzoek_id: str, melding: str = "") -> dict[str, Any]:
        return self.wijzig_actieverzoek(
            actieverzoek_id, status="INGETROKKEN", **({"melding": melding} if melding else {})
        )

    # -- notificaties -------------------------------------------------------------------------

    def notificaties(self, *, na: datetime.datetime, tot: datetime.datetime) -> Iterator[dict[str, Any]]:
        """Every notificatie with na < eventDatumTijd <= tot, page after page (pages count from 0)."""
        pagina = 0
        while True:
            data = self._get(
                "notificaties",
                {"eventDatumTijd[gt]": na.isoformat(), "eventDatumTijd[lte]": tot.isoformat(), "page": pagina},
                cachebaar=False,
            )
            yield from (data.get("_embedded") or {}).get("notificaties") or []
            pagina += 1
            if pagina >= int((data.get("page") or {}).get("totalPages") or 0):
                return

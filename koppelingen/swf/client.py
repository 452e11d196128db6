"""Client of the DSO samenwerkfunctionaliteit (wire format: see koppelingen/swf/fake.py)."""

from __future__ import annotations

from typing import Any, BinaryIO

from ..basis import KoppelingClient
from ..errors import KoppelingFout


class SwfClient(KoppelingClient):
    systeem = "DSO Samenwerken"
    systeem_in_zin = "de samenwerkfunctionaliteit van het DSO"

    def __init__(self, session, *, oin: str, oin_header: str = "x-oin", **kwargs: Any) -> None:
        super().__init__(session, **kwargs)
        self.standaard_headers = {"Accept": "application/json", oin_header: oin}

    @classmethod
    def voor_koppeling(cls, koppeling) -> SwfClient:
        from zgw_consumers.client import build_client

        return cls(build_client(koppeling.service), oin=koppeling.organisatie.oin, oin_header=koppeling.oin_header)

    def start_samenwerking(self, titel: str, zaakreferentie: str) -> str:
        return self._post("samenwerkingen", {"titel": titel, "zaakreferentie": zaakreferentie})["samenwerkingId"]

    def nodig_uit(self, samenwerking_id: str, oin: str) -> None:
        self._post(f"samenwerkingen/{samenwerking_id}/deelnemers", {"oin": oin})

    def upload(self, samenwerking_id: str, bestandsnaam: str, bestand: BinaryIO) -> str:
        # requests streams a file object as the body, so large documents are not read into memory.
        antwoord = self.session.request(
            "POST",
            f"samenwerkingen/{samenwerking_id}/documenten",
            params={"bestandsnaam": bestandsnaam},
            data=bestand,
            headers={**self.standaard_headers, "Content-Type": "application/octet-stream"},
            timeout=self.timeout,
        )
        if antwoord.status_code >= 400:
            raise self._fout_voor("POST", "documenten", antwoord, "het document")
        return self._json(antwoord)["documentId"]

    def stuur_actieverzoek(
        self,
        samenwerking_id: str,
        *,
        ontvanger: str,
        omschrijving: str,
        deadline: str,
        documenten: list[str],
        soort: str = "advies",
    ) -> str:
        data = self._post(
            f"samenwerkingen/{samenwerking_id}/actieverzoeken",
            {
                "ontvanger": ontvanger,
                "soort": soort,
                "omschrijving": omschrijving,
                "uiterlijkeReactiedatum": deadline,
                "documenten": documenten,
            },
        )
        return data["actieverzoekId"]

    def actieverzoek(self, samenwerking_id: str, actieverzoek_id: str) -> dict[str, Any]:
        return self._get(f"samenwerkingen/{samenwerking_id}/actieverzoeken/{actieverzoek_id}", cachebaar=False)

    def download(self, samenwerking_id: str, document_id: str) -> tuple[str, bytes]:
        antwoord = self._verstuur(
            "GET",
            f"samenwerkingen/{samenwerking_id}/documenten/{document_id}",
            herhaalbaar=True,
            headers={"Accept": "*/*"},
        )
        naam = (
            antwoord.headers.get("Content-Disposition", "").partition("filename=")[2].strip('"') or f"{document_id}.pdf"
        )
        return naam, antwoord.content

    def notificaties(self) -> list[dict[str, Any]]:
        return self._get("notificaties", cachebaar=False).get("notificaties") or []

    def verwijder_notificatie(self, notificatie_id: str) -> None:
        antwoord = self._verstuur("DELETE", f"notificaties/{notificatie_id}", herhaalbaar=True)
        if antwoord.status_code >= 400:
            raise KoppelingFout(detail=f"notificatie {notificatie_id}", systeem=self.systeem)

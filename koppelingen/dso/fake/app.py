"""Fake DSO-LV "Verzoek afhandelen" API (v2), a plain WSGI app on loopback.

Documented (ontwikkelaarsportaal API-register "Verzoek afhandelen"; OpenWave docs
`dso_gemiste_verzoeken.md`, `sectie_dso-verzoekafhandelen.md`, see shared/specs/dso/SOURCES.md):
- root `.../overheid/verzoeken/api/afhandelen/v2/`, secured with a PKIoverheid certificate and
  the caller's OIN in an HTTP header;
- fetching is two steps: first the verzoekreferenties (links to the STAM XML, a publiceerbare
  PDF and the documenten), then the files themselves;
- only the bevoegd gezag the verzoek is addressed to, or the behandeldienst it appointed, may
  fetch a verzoek;
- `POST verzoeken/_zoek` finds verzoeken by indieningsdatum range (and area), paged by 50;
- `GET verzoeken/{verzoeknummer}/samenvatting`.

Assumed (not published in the sources we have; kept in one place so it is easy to correct):
- the OIN header name (`x-oin`, configurable on DsoKoppeling), 401 without it and 403 for an
  OIN that may not fetch the verzoek;
- JSON field names of the samenvatting and _zoek answers, HAL-style `_links`;
- download paths `verzoeken/{nr}/berichten/{volgnummer}/xml|pdf` and
  `verzoeken/{nr}/documenten/{documentId}`;
- `grootte` and `sha256` per document in the samenvatting (used for checksum verification);
- problem+json error bodies.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from ...fakes.base import FakeApi
from ...fakes.wsgi import Request, Response, StartResponse
from ..samples import sample_bestanden
from .inhoud import bijlage_inhoud, bijlage_sha256
from .opslag import FakeVerzoek, VerzoekOpslag

PAGINA = 50
PDF_GROOTTE = 40_000


class StroomAntwoord(Response):
    """A response whose body is produced in chunks (large bijlagen never sit in memory)."""

    def __init__(self, delen: Iterator[bytes], lengte: int, content_type: str, headers: list | None = None):
        super().__init__(200, None, content_type, headers or [])
        self.delen = delen
        self.lengte = lengte

    def __call__(self, start_response: StartResponse) -> Iterable[bytes]:
        start_response(
            "200 OK", [("Content-Type", self.content_type), ("Content-Length", str(self.lengte)), *self.headers]
        )
        return self.delen


def _datum(waarde: Any) -> datetime | None:
    if not waarde:
        return None
    return datetime.fromisoformat(str(waarde).replace("Z", "+00:00")).replace(tzinfo=None)


class VerzoekAfhandelenFake(FakeApi):
    naam = "DSO Verzoek afhandelen"
    auth_header = "x-oin"

    def __init__(
        self,
        opslag: VerzoekOpslag | None = None,
        *,
        met_samples: bool = True,
        met_intrekking: bool = False,
        **kwargs: Any,
    ) -> None:
        self.opslag = opslag or VerzoekOpslag()
        if met_samples:
            # The withdrawal sample is left out by default so the demo keeps the Dokkum zaak open.
            for pad in sample_bestanden():
                if met_intrekking or "intrekken" not in pad.name:
                    self.opslag.voeg_toe(pad.read_bytes())
        super().__init__(**kwargs)

    def routes(self) -> None:
        r = self.router
        r.add("POST", "/verzoeken/_zoek", self.zoek)
        r.add("GET", "/verzoeken/{nr}/samenvatting", self.samenvatting)
        r.add("GET", "/verzoeken/{nr}/berichten/{volgnummer}/xml", self.xml)
        r.add("GET", "/verzoeken/{nr}/berichten/{volgnummer}/pdf", self.pdf)
        r.add("GET", "/verzoeken/{nr}/documenten/{document_id}", self.document)

    # -- control: add a verzoek from another process (manage.py dso_simuleer) ------------------

    def _beheer(self, request: Request) -> Response:
        if request.path.rstrip("/") == "/_fake/verzoeken" and request.method == "POST":
            try:
                groottes = json.loads(request.header("x-fake-groottes") or "{}")
            except ValueError:
                groottes = {}
            item = self.opslag.probeer_toe_te_voegen(request.body, groottes)
            if item is None:
                return Response(400, {"fout": "geen leesbaar STAM-verzoekbericht"})
            return Response(201, {"verzoeknummer": item.verzoek.verzoeknummer, "volgnummer": item.verzoek.volgnummer})
        return super()._beheer(request)

    # -- helpers ------------------------------------------------------------------------------

    def fout(self, request, status, *, titel, code, detail=None, invalid_params=None) -> Response:
        body: dict[str, Any] = {"status": status, "title": titel, "code": code}
        if detail:
            body["detail"] = detail
        if invalid_params:
            body["invalidParams"] = invalid_params
        return Response(status, body, "application/problem+json")

    def niet_geauthenticeerd(self, request: Request) -> Response:
        return self.fout(request, 401, titel="Geen OIN meegegeven.", code="authentication")

    def _berichten_voor(self, request: Request, nr: str) -> list[FakeVerzoek] | Response:
        berichten = self.opslag.berichten(nr)
        if not berichten:
            return self.niet_gevonden(request)
        if request.header(self.auth_header) not in berichten[-1].oins:
            return self.fout(request, 403, titel="Dit OIN mag dit verzoek niet ophalen.", code="forbidden")
        return berichten

    # -- endpoints ----------------------------------------------------------------------------

    def zoek(self, request: Request) -> Response:
        try:
            body = request.json() if request.body else {}
            vanaf, tot = _datum(body.get("indieningsdatumVanaf")), _datum(body.get("indieningsdatumTot"))
            pagina = int(body.get("page", 1))
        except (ValueError, TypeError, AttributeError):
            return self.fout(
                request,
                400,
                titel="Ongeldige zoekvraag.",
                code="invalid",
                invalid_params=[{"name": "body", "reason": "Geen geldige JSON of datum."}],
            )
        if pagina < 1:
            return self.fout(
                request,
                400,
                titel="Ongeldige pagina.",
                code="invalid",
                invalid_params=[{"name": "page", "reason": "Minimaal 1."}],
            )
        gevonden = self.opslag.zoek(request.header(self.auth_header) or "", vanaf, tot)
        deel = gevonden[(pagina - 1) * PAGINA : pagina * PAGINA]
        return Response(
            200,
            {
                "verzoeken": [self._kop(v) for v in deel],
                "page": pagina,
                "totalPages": max(1, -(-len(gevonden) // PAGINA)),
                "totalElements": len(gevonden),
            },
        )

    def _kop(self, item: FakeVerzoek) -> dict[str, Any]:
        v = item.verzoek
        return {
            "verzoeknummer": v.verzoeknummer,
            "volgnummer": v.volgnummer,
            "doel": str(v.doel),
            "type": v.type_verzoek,
            "indieningsdatum": v.indieningsdatum.isoformat() if v.indieningsdatum else None,
            "bevoegdGezag": {"oin": v.bevoegd_gezag.oin, "naam": v.bevoegd_gezag.naam},
            "uitvoerendeInstantie": (
                {"oin": v.uitvoerende_instantie.oin, "naam": v.uitvoerende_instantie.naam}
                if v.uitvoerende_instantie
                else None
            ),
        }

    def samenvatting(self, request: Request, nr: str) -> Response:
        berichten = self._berichten_voor(request, nr)
        if isinstance(berichten, Response):
            return berichten
        basis = f"{request.base_url}/verzoeken/{nr}"
        documenten: dict[str, dict[str, Any]] = {}
        for item in berichten:
            for document_id, (naam, grootte) in item.documenten.items():
                documenten[document_id] = {
                    "documentId": document_id,
                    "bestandsnaam": naam,
                    "grootte": grootte,
                    "sha256": bijlage_sha256(document_id, grootte, naam),
                    "_links": {"download": {"href": f"{basis}/documenten/{document_id}"}},
                }
        return Response(
            200,
            {
                "verzoeknummer": nr,
                "berichten": [
                    {
                        **self._kop(item),
                        "_links": {
                            "verzoekXml": {"href": f"{basis}/berichten/{item.verzoek.volgnummer}/xml"},
                            "verzoekPdf": {"href": f"{basis}/berichten/{item.verzoek.volgnummer}/pdf"},
                        },
                    }
                    for item in berichten
                ],
                "documenten": list(documenten.values()),
            },
        )

    def _bericht(self, request: Request, nr: str, volgnummer: str) -> FakeVerzoek | Response:
        berichten = self._berichten_voor(request, nr)
        if isinstance(berichten, Response):
            return berichten
        item = next((b for b in berichten if b.verzoek.volgnummer == volgnummer), None)
        return item or self.niet_gevonden(request)

    def xml(self, request: Request, nr: str, volgnummer: str) -> Response:
        item = self._bericht(request, nr, volgnummer)
        if isinstance(item, Response):
            return item
        return Response(200, item.xml, "application/xml")

    def pdf(self, request: Request, nr: str, volgnummer: str) -> Response:
        item = self._bericht(request, nr, volgnummer)
        if isinstance(item, Response):
            return item
        sleutel = f"verzoek-{nr}-{volgnummer}"
        return StroomAntwoord(bijlage_inhoud(sleutel, PDF_GROOTTE), PDF_GROOTTE, "application/pdf")

    def document(self, request: Request, nr: str, document_id: str) -> Response:
        berichten = self._berichten_voor(request, nr)
        if isinstance(berichten, Response):
            return berichten
        for item in reversed(berichten):
            if document_id in item.documenten:
                naam, grootte = item.documenten[document_id]
                kop = [("Content-Disposition", f'attachment; filename="{naam}"')]
                return StroomAntwoord(
                    bijlage_inhoud(document_id, grootte, naam), grootte, "application/octet-stream", kop
                )
        return self.niet_gevonden(request)


def make_app(**kwargs: Any) -> VerzoekAfhandelenFake:
    return VerzoekAfhandelenFake(**kwargs)


def json_body(data: Any) -> bytes:
    return json.dumps(data).encode()

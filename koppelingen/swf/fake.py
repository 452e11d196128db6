"""Fake of the DSO-LV "Samenwerkfunctionaliteit" API, behandelen v5, as a plain WSGI app.

Its root plays `https://pkio.service.pre.omgevingswet.overheid.nl/overheid/samenwerken/api/behandelen/v5/`
(demo: CLO_FAKES_URL/swf/). The DSO's own v5 specification is not in our sources; what follows is
graded by the evidence behind it.

SEEN in public third-party code: the Ritense Valtimo SWF plugin (a client, package
com.ritense.valtimoplugins.samenwerkfunctionaliteit: paths, fields, a sample of a live samenwerking
on the pre-production root), and the OpenWave docs (OpenWave moved to SWF v5 from version 1.32):

    GET    /samenwerkingen/{id}                 samenwerkingId ("SAM-66497"), titel, verzoeknummer,
           bronVerzoek ("DSO_LV"), samenwerkVorm ("SAMENWERKEN_AAN_BEHANDELEN"), samenwerkDoel ("BEHANDELEN"),
           kenmerkSysteem, nummerBinnenSysteem, aangemaaktDoor (OIN), status (INITIALISATIE|OPEN|GESLOTEN),
           aantalActieverzoeken, _links {self, actieverzoekOpstellen, documentToevoegen, actieverzoeken}
    GET    /actieverzoeken?samenwerkingId=..&organisatie=<OIN>      (organisatie: we are the ontvanger)
    GET    /actieverzoeken/{uuid}               actieverzoekId, samenwerkingId, zender, zenderNaam, ontvanger,
           ontvangerNaam, titel, omschrijving, melding, status, documenten, creatieDatumTijd
    PATCH  /actieverzoeken/{uuid}               {melding, omschrijving, productId, status, titel}; status is one
           of OPEN, IN_BEHANDELING, GEWEIGERD, INGETROKKEN, GEREEDGEMELD, GEREED
    GET|POST /actieverzoeken/{uuid}/berichten   {bericht}
    GET    /samenwerkingen/{id}/documenten      -> _embedded.documenten (documentId, bestandsNaam, kenmerkSysteem,
           aangemaaktDoor, creatieDatumTijd, _links.content); filter aangemaaktDoor / aangemaaktDoor[not]
    POST   /samenwerkingen/{id}/documenten?kenmerkSysteem=..        multipart file
    GET    /documenten/{documentId}/content
    GET    /notificaties?eventDatumTijd[gt]=..&eventDatumTijd[lte]=..&page=N
           -> {page {number, size, totalElements, totalPages}, _embedded.notificaties, _links}; an item has
           notificatieId, notificatieType, samenwerkingId, notificatieTitel, notificatieTekst, eventInitiator,
           deelnemer, eventDatumTijd, properties {actieverzoekId, actieverzoekStatusNieuw, actieverzoekStatusOud,
           documentId, verzoeknummer, ...}
    GET    /samenwerkingen/{id}/notificaties
    notificatieType values, in the plugin's frontend only: ACTIEVERZOEK_STATUS_CHANGED, DOCUMENT_CREATED,
    DOCUMENT_EDITED, DOCUMENT_DELETED, INVITATION_PARTNER_ORGANIZATION, MESSAGE_SENT. CLO does not rely on them.

INFERRED from the above, not seen as a call:
    POST   /samenwerkingen/{id}/actieverzoeken  (the href of _links.actieverzoekOpstellen) -> 201 actieverzoek
    gereedmelden and intrekken are a PATCH of status GEREEDGEMELD / INGETROKKEN, the text in `melding`
    pages count from 0 (the Spring-style page block); _embedded.actieverzoeken in the list answer

ASSUMED (nothing found; the fake decides and CLO follows):
    POST   /samenwerkingen  {titel, kenmerkSysteem, nummerBinnenSysteem, verzoeknummer, samenwerkVorm,
           samenwerkDoel} -> 201 samenwerking
    POST   /samenwerkingen/{id}/deelnemers  {oin}
    in the actieverzoek body: ontvanger, titel, omschrijving, documenten [documentId], and for advies with
    a deadline `soort` and `uiterlijkeReactiedatum` (neither was seen in v5)
    the multipart part is named `file`; the upload answers 201 with the document
    the ontvanger's answer documents are the ones linked to the actieverzoek with aangemaaktDoor = ontvanger
    the caller's OIN in header `x-oin` (401 without; the real API may read it from the PKIoverheid
    certificate), 403 for a non-participant; who may set which status; 409 for a status that does not fit
    a notificatie for every deelnemer except the initiator; no DELETE of notificaties (none was found, so
    CLO polls by eventDatumTijd window); problem+json errors

Simulation (not part of the API): `automatisch_advies=True` makes the ontvanger answer every actieverzoek
at once; POST /_fake/partner/actieverzoek {"van", "naar", "omschrijving", "uiterlijkeReactiedatum"} lets a
partner send us one. `verzoeken` logs (method, path, query, JSON body) for tests.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from ..fakes.base import FakeApi
from ..fakes.wsgi import Request, Response
from .fake_opslag import ADVIES_PDF, Geweigerd, SwfOpslag

__all__ = ["ADVIES_PDF", "SamenwerkenFake", "make_app"]

PATCHBAAR = {"melding", "omschrijving", "productId", "status", "titel"}


def _publiek(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if not k.startswith("_")}


def _ongeldig(naam: str) -> Geweigerd:
    return Geweigerd(400, f"Ongeldig of ontbrekend veld '{naam}'.", "invalid")


class SamenwerkenFake(FakeApi):
    naam = "DSO Samenwerken"
    auth_header = "x-oin"

    def __init__(self, *, automatisch_advies: bool = True, pagina_grootte: int = 20, **kwargs: Any) -> None:
        self.automatisch_advies = automatisch_advies
        self.pagina_grootte = pagina_grootte
        self.opslag = SwfOpslag()
        self.verzoeken: deque[tuple[str, str, dict[str, list[str]], Any]] = deque(maxlen=2000)
        super().__init__(**kwargs)

    def routes(self) -> None:
        for method, pad, handler in (
            ("POST", "/samenwerkingen", self.start),
            ("GET", "/samenwerkingen/{sid}", self.toon),
            ("POST", "/samenwerkingen/{sid}/deelnemers", self.nodig_uit),
            ("GET", "/samenwerkingen/{sid}/documenten", self.lijst_documenten),
            ("POST", "/samenwerkingen/{sid}/documenten", self.upload),
            ("POST", "/samenwerkingen/{sid}/actieverzoeken", self.stel_actieverzoek_op),
            ("GET", "/samenwerkingen/{sid}/notificaties", self.notificaties_van_samenwerking),
            ("GET", "/documenten/{did}", self.toon_document),
            ("GET", "/documenten/{did}/content", self.download),
            ("GET", "/actieverzoeken", self.lijst_actieverzoeken),
            ("GET", "/actieverzoeken/{aid}", self.toon_actieverzoek),
            ("PATCH", "/actieverzoeken/{aid}", self.wijzig_actieverzoek),
            ("GET", "/actieverzoeken/{aid}/berichten", self.lijst_berichten),
            ("POST", "/actieverzoeken/{aid}/berichten", self.plaats_bericht),
            ("GET", "/notificaties", self.lijst_notificaties),
        ):
            self.router.add(method, pad, self._onder_slot(handler))

    def _onder_slot(self, handler):
        # One lock around every request keeps the fake simple; Geweigerd becomes a problem+json answer.
        def verwerk(request: Request, **params: str) -> Response:
            try:
                with self.opslag.lock:
                    return handler(request, **params)
            except Geweigerd as fout:
                return self.fout(request, fout.status, titel=fout.titel, code=fout.code)

        return verwerk

    def _antwoord(self, request: Request, storing: bool) -> Response:
        self.verzoeken.append((request.method, request.path, request.query, self._json(request)))
        return super()._antwoord(request, storing)

    def fout(self, request, status, *, titel, code, detail=None, invalid_params=None) -> Response:
        return Response(status, {"status": status, "title": titel, "code": code}, "application/problem+json")

    # -- helpers ------------------------------------------------------------------------------

    def _oin(self, request: Request) -> str:
        return request.header(self.auth_header) or ""

    def _json(self, request: Request) -> Any:
        if not request.body or "json" not in (request.header("content-type") or ""):
            return None
        try:
            return request.json()
        except ValueError:
            return None

    def _body(self, request: Request) -> dict[str, Any]:
        data = self._json(request)
        if not isinstance(data, dict):
            raise _ongeldig("body")
        return data

    def _sw(self, request: Request, sid: str) -> dict[str, Any]:
        return self.opslag.deelnemer(sid, self._oin(request))

    def _doc(self, request: Request, did: str) -> dict[str, Any]:
        doc = self.opslag.documenten.get(did)
        if doc is None:
            raise Geweigerd(404, "Opgevraagde resource bestaat niet.", "notFound")
        self._sw(request, doc["samenwerkingId"])
        return doc

    def _av(self, request: Request, aid: str) -> dict[str, Any]:
        av = self.opslag.actieverzoeken.get(aid)
        if av is None:
            raise Geweigerd(404, "Opgevraagde resource bestaat niet.", "notFound")
        self._sw(request, av["samenwerkingId"])
        return av

    def _links(self, request: Request, paden: dict[str, str]) -> dict[str, dict[str, str]]:
        return {naam: {"href": f"{request.base_url}/{pad}"} for naam, pad in paden.items()}

    def _sw_json(self, request: Request, sw: dict[str, Any]) -> dict[str, Any]:
        sid = sw["samenwerkingId"]
        aantal = sum(1 for av in self.opslag.actieverzoeken.values() if av["samenwerkingId"] == sid)
        links = self._links(
            request,
            {
                "self": f"samenwerkingen/{sid}",
                "documentToevoegen": f"samenwerkingen/{sid}/documenten",
                "actieverzoekOpstellen": f"samenwerkingen/{sid}/actieverzoeken",
                "actieverzoeken": f"actieverzoeken?samenwerkingId={sid}",
            },
        )
        return {**_publiek(sw), "aantalActieverzoeken": aantal, "_links": links}

    def _doc_json(self, request: Request, doc: dict[str, Any]) -> dict[str, Any]:
        did = doc["documentId"]
        links = self._links(request, {"self": f"documenten/{did}", "content": f"documenten/{did}/content"})
        return {**_publiek(doc), "_links": links}

    def _av_json(self, request: Request, av: dict[str, Any]) -> dict[str, Any]:
        aid = av["actieverzoekId"]
        documenten = [self._doc_json(request, self.opslag.documenten[did]) for did in av["_documenten"]]
        links = self._links(request, {"self": f"actieverzoeken/{aid}", "berichten": f"actieverzoeken/{aid}/berichten"})
        return {**_publiek(av), "documenten": documenten, "_links": links}

    # -- endpoints ----------------------------------------------------------------------------

    def start(self, request: Request) -> Response:
        data = self._body(request)
        if not str(data.get("titel") or "").strip():
            raise _ongeldig("titel")
        return Response(201, self._sw_json(request, self.opslag.maak_samenwerking(self._oin(request), data, [])))

    def toon(self, request: Request, sid: str) -> Response:
        return Response(200, self._sw_json(request, self._sw(request, sid)))

    def nodig_uit(self, request: Request, sid: str) -> Response:
        oin = str(self._body(request).get("oin") or "")
        if not (oin.isdigit() and len(oin) == 20):
            raise _ongeldig("oin")
        self.opslag.nodig_uit(self._sw(request, sid), self._oin(request), oin)
        return Response(201, {"oin": oin})

    def lijst_documenten(self, request: Request, sid: str) -> Response:
        self._sw(request, sid)
        docs = [d for d in self.opslag.documenten.values() if d["samenwerkingId"] == sid]
        if request.arg("aangemaaktDoor"):
            docs = [d for d in docs if d["aangemaaktDoor"] == request.arg("aangemaaktDoor")]
        if request.arg("aangemaaktDoor[not]"):
            docs = [d for d in docs if d["aangemaaktDoor"] != request.arg("aangemaaktDoor[not]")]
        return Response(200, {"_embedded": {"documenten": [self._doc_json(request, d) for d in docs]}})

    def upload(self, request: Request, sid: str) -> Response:
        sw = self._sw(request, sid)
        naam, inhoud = _multipart_bestand(request, "file")
        doc = self.opslag.voeg_document_toe(sw, self._oin(request), naam, inhoud, request.arg("kenmerkSysteem"))
        return Response(201, self._doc_json(request, doc))

    def toon_document(self, request: Request, did: str) -> Response:
        return Response(200, self._doc_json(request, self._doc(request, did)))

    def download(self, request: Request, did: str) -> Response:
        doc = self._doc(request, did)
        kop = [("Content-Disposition", f'attachment; filename="{doc["bestandsNaam"]}"')]
        return Response(200, doc["_inhoud"], doc["formaat"], kop)

    def stel_actieverzoek_op(self, request: Request, sid: str) -> Response:
        sw, data = self._sw(request, sid), self._body(request)
        av = self.opslag.maak_actieverzoek(sw, self._oin(request), data, beantwoord=self.automatisch_advies)
        return Response(201, self._av_json(request, av))

    def lijst_actieverzoeken(self, request: Request) -> Response:
        sid = request.arg("samenwerkingId") or ""
        if not sid:
            raise _ongeldig("samenwerkingId")
        self._sw(request, sid)
        lijst = [av for av in self.opslag.actieverzoeken.values() if av["samenwerkingId"] == sid]
        if request.arg("organisatie"):
            lijst = [av for av in lijst if av["ontvanger"] == request.arg("organisatie")]
        return Response(200, {"_embedded": {"actieverzoeken": [self._av_json(request, av) for av in lijst]}})

    def toon_actieverzoek(self, request: Request, aid: str) -> Response:
        return Response(200, self._av_json(request, self._av(request, aid)))

    def wijzig_actieverzoek(self, request: Request, aid: str) -> Response:
        data = self._body(request)
        if not data or set(data) - PATCHBAAR:
            raise _ongeldig(", ".join(sorted(set(data) - PATCHBAAR)) or "body")
        av = self._av(request, aid)
        self.opslag.wijzig(av, self._oin(request), data)
        return Response(200, self._av_json(request, av))

    def lijst_berichten(self, request: Request, aid: str) -> Response:
        return Response(200, {"_embedded": {"berichten": list(self._av(request, aid)["_berichten"])}})

    def plaats_bericht(self, request: Request, aid: str) -> Response:
        tekst = str(self._body(request).get("bericht") or "").strip()
        if not tekst:
            raise _ongeldig("bericht")
        return Response(201, self.opslag.plaats_bericht(self._av(request, aid), self._oin(request), tekst))

    def lijst_notificaties(self, request: Request) -> Response:
        grenzen: dict[str, datetime | None] = {}
        for naam in ("eventDatumTijd[gt]", "eventDatumTijd[lte]"):
            try:
                grenzen[naam] = datetime.fromisoformat(request.arg(naam)) if request.arg(naam) else None
            except ValueError:
                raise _ongeldig(naam) from None
        if not (request.arg("page") or "0").isdigit():
            raise _ongeldig("page")
        pagina, grootte = int(request.arg("page") or 0), self.pagina_grootte
        lijst = self.opslag.notificaties_voor(
            self._oin(request), na=grenzen["eventDatumTijd[gt]"], tot=grenzen["eventDatumTijd[lte]"]
        )
        deel = lijst[pagina * grootte : (pagina + 1) * grootte]
        return Response(
            200,
            {
                "page": {
                    "number": pagina,
                    "size": grootte,
                    "totalElements": len(lijst),
                    "totalPages": -(-len(lijst) // grootte),
                },
                "_embedded": {"notificaties": [_publiek(n) for n in deel]},
                "_links": {"self": {"href": request.url}},
            },
        )

    def notificaties_van_samenwerking(self, request: Request, sid: str) -> Response:
        self._sw(request, sid)
        lijst = [_publiek(n) for n in self.opslag.notificaties_voor(self._oin(request)) if n["samenwerkingId"] == sid]
        return Response(200, {"_embedded": {"notificaties": lijst}})

    # -- simulation ---------------------------------------------------------------------------

    def _beheer(self, request: Request) -> Response:
        if request.path.rstrip("/") == "/_fake/partner/actieverzoek" and request.method == "POST":
            data = self._json(request) or {}
            van, naar = str(data.get("van") or ""), str(data.get("naar") or "")
            with self.opslag.lock:
                sw = self.opslag.maak_samenwerking(van, {"titel": data.get("titel") or "Adviesvraag"}, [naar])
                vraag = self.opslag.voeg_document_toe(sw, van, "adviesvraag.pdf", ADVIES_PDF, None)
                verzoek = {
                    "ontvanger": naar,
                    "omschrijving": data.get("omschrijving") or "Graag uw advies.",
                    "uiterlijkeReactiedatum": data.get("uiterlijkeReactiedatum"),
                    "documenten": [vraag["documentId"]],
                }
                try:
                    av = self.opslag.maak_actieverzoek(sw, van, verzoek, beantwoord=False)
                except Geweigerd as fout:
                    return self.fout(request, fout.status, titel=fout.titel, code=fout.code)
            return Response(201, {"samenwerkingId": sw["samenwerkingId"], "actieverzoekId": av["actieverzoekId"]})
        return super()._beheer(request)


def _multipart_bestand(request: Request, veld: str) -> tuple[str, bytes]:
    """(filename, content) of the form-data part `veld`."""
    soort = request.header("content-type") or ""
    if soort.startswith("multipart/form-data") and request.body:
        bericht = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {soort}\r\n\r\n".encode() + request.body)
        for deel in bericht.iter_parts():
            if deel.get_param("name", header="content-disposition") == veld and deel.get_filename():
                return deel.get_filename(), deel.get_payload(decode=True) or b""
    raise _ongeldig(veld)


def make_app(**kwargs: Any) -> SamenwerkenFake:
    return SamenwerkenFake(**kwargs)

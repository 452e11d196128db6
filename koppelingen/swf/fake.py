"""Fake of the DSO-LV "Samenwerkfunctionaliteit" API (behandelen v4), a plain WSGI app.

Documented (ontwikkelaarsportaal API-register "Samenwerkfunctionaliteit"; iplo.nl "Samenwerken bij
behandelen van vergunningaanvragen"): root `.../overheid/samenwerken/api/behandelen/v4`, PKIoverheid
secured; services to start, view and stop a samenwerking, invite participants (by OIN), upload and
download documents, put out actieverzoeken, report them ready (gereed melden) or withdraw them,
and fetch and delete notificaties that samenwerking events produce.

Assumed (the OpenAPI specification is not in our sources): every path and JSON field name below,
the `x-oin` header carrying the caller's OIN (401 without it, 403 for a non-participant), the
notificatie kinds `ActieverzoekOntvangen` and `ActieverzoekGereedGemeld`, problem+json errors.

    POST   /samenwerkingen                                  {"titel", "zaakreferentie"} -> 201 {"samenwerkingId"}
    GET    /samenwerkingen/{id}
    POST   /samenwerkingen/{id}/deelnemers                  {"oin"}
    POST   /samenwerkingen/{id}/documenten?bestandsnaam=..  (raw bytes) -> 201 {"documentId"}
    GET    /samenwerkingen/{id}/documenten/{docId}          -> bytes
    POST   /samenwerkingen/{id}/actieverzoeken              {"ontvanger", "soort", "omschrijving",
                                                             "uiterlijkeReactiedatum", "documenten"}
    GET    /samenwerkingen/{id}/actieverzoeken/{aid}
    POST   /samenwerkingen/{id}/actieverzoeken/{aid}/_gereedmelden  {"toelichting", "documenten"}
    POST   /samenwerkingen/{id}/actieverzoeken/{aid}/_intrekken
    GET    /notificaties                                    -> {"notificaties": [...]}
    DELETE /notificaties/{nid}

Simulation (control endpoints, not part of the API): `automatisch_advies=True` makes the partner
answer every advies-actieverzoek at once; POST /_fake/partner/actieverzoek {"van", "naar",
"omschrijving"} lets a partner send us an actieverzoek.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from typing import Any

from ..fakes.base import FakeApi
from ..fakes.wsgi import Request, Response

ADVIES_PDF = b"%PDF-1.4\n% Advies van de ketenpartner (nep-SWF)\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _nu() -> str:
    return datetime.now(UTC).isoformat()


class SamenwerkenFake(FakeApi):
    naam = "DSO Samenwerken"
    auth_header = "x-oin"

    def __init__(self, *, automatisch_advies: bool = True, **kwargs: Any) -> None:
        self.automatisch_advies = automatisch_advies
        self.samenwerkingen: dict[str, dict[str, Any]] = {}
        self.documenten: dict[str, tuple[str, bytes]] = {}
        self.notificaties: dict[str, list[dict[str, Any]]] = {}
        self._data_lock = threading.Lock()
        super().__init__(**kwargs)

    def routes(self) -> None:
        r = self.router
        r.add("POST", "/samenwerkingen", self.start)
        r.add("GET", "/samenwerkingen/{sid}", self.toon)
        r.add("POST", "/samenwerkingen/{sid}/deelnemers", self.nodig_uit)
        r.add("POST", "/samenwerkingen/{sid}/documenten", self.upload)
        r.add("GET", "/samenwerkingen/{sid}/documenten/{did}", self.download)
        r.add("POST", "/samenwerkingen/{sid}/actieverzoeken", self.actieverzoek)
        r.add("GET", "/samenwerkingen/{sid}/actieverzoeken/{aid}", self.toon_actieverzoek)
        r.add("POST", "/samenwerkingen/{sid}/actieverzoeken/{aid}/_gereedmelden", self.gereedmelden)
        r.add("POST", "/samenwerkingen/{sid}/actieverzoeken/{aid}/_intrekken", self.intrekken)
        r.add("GET", "/notificaties", self.lijst_notificaties)
        r.add("DELETE", "/notificaties/{nid}", self.verwijder_notificatie)

    def fout(self, request, status, *, titel, code, detail=None, invalid_params=None) -> Response:
        return Response(status, {"status": status, "title": titel, "code": code}, "application/problem+json")

    # -- helpers ------------------------------------------------------------------------------

    def _oin(self, request: Request) -> str:
        return request.header(self.auth_header) or ""

    def _samenwerking(self, request: Request, sid: str) -> dict[str, Any] | Response:
        sw = self.samenwerkingen.get(sid)
        if sw is None:
            return self.niet_gevonden(request)
        if self._oin(request) not in sw["deelnemers"]:
            return self.fout(request, 403, titel="U neemt niet deel aan deze samenwerking.", code="forbidden")
        return sw

    def _notificeer(self, oin: str, soort: str, sw: dict, actieverzoek: dict) -> None:
        self.notificaties.setdefault(oin, []).append(
            {
                "notificatieId": str(uuid.uuid4()),
                "soort": soort,
                "tijdstip": _nu(),
                "samenwerkingId": sw["samenwerkingId"],
                "actieverzoekId": actieverzoek["actieverzoekId"],
            }
        )

    def _json(self, request: Request) -> dict[str, Any] | None:
        try:
            data = request.json() if request.body else {}
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def _ongeldig(self, request: Request, naam: str) -> Response:
        return self.fout(request, 400, titel=f"Ongeldig of ontbrekend veld '{naam}'.", code="invalid")

    # -- endpoints ----------------------------------------------------------------------------

    def start(self, request: Request) -> Response:
        data = self._json(request)
        if data is None or not str(data.get("titel") or "").strip():
            return self._ongeldig(request, "titel")
        sid = str(uuid.uuid4())
        with self._data_lock:
            self.samenwerkingen[sid] = {
                "samenwerkingId": sid,
                "titel": data["titel"],
                "eigenaar": self._oin(request),
                "zaakreferentie": data.get("zaakreferentie"),
                "deelnemers": [self._oin(request)],
                "documenten": [],
                "actieverzoeken": {},
                "gestopt": False,
            }
        return Response(201, {"samenwerkingId": sid})

    def toon(self, request: Request, sid: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        return Response(200, {k: v for k, v in sw.items() if k != "actieverzoeken"})

    def nodig_uit(self, request: Request, sid: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        data = self._json(request)
        oin = str((data or {}).get("oin") or "")
        if not (oin.isdigit() and len(oin) == 20):
            return self._ongeldig(request, "oin")
        with self._data_lock:
            if oin not in sw["deelnemers"]:
                sw["deelnemers"].append(oin)
        return Response(201, {"oin": oin})

    def upload(self, request: Request, sid: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        naam = request.arg("bestandsnaam") or ""
        if not naam or not request.body:
            return self._ongeldig(request, "bestandsnaam")
        did = str(uuid.uuid4())
        with self._data_lock:
            self.documenten[did] = (naam, request.body)
            sw["documenten"].append(did)
        return Response(201, {"documentId": did, "bestandsnaam": naam})

    def download(self, request: Request, sid: str, did: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        if did not in sw["documenten"]:
            return self.niet_gevonden(request)
        naam, inhoud = self.documenten[did]
        return Response(
            200, inhoud, "application/octet-stream", [("Content-Disposition", f'attachment; filename="{naam}"')]
        )

    def actieverzoek(self, request: Request, sid: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        data = self._json(request) or {}
        ontvanger = str(data.get("ontvanger") or "")
        if ontvanger not in sw["deelnemers"]:
            return self._ongeldig(request, "ontvanger")
        if not str(data.get("omschrijving") or "").strip():
            return self._ongeldig(request, "omschrijving")
        onbekend = [d for d in data.get("documenten") or [] if d not in sw["documenten"]]
        if onbekend:
            return self._ongeldig(request, "documenten")
        av = {
            "actieverzoekId": str(uuid.uuid4()),
            "afzender": self._oin(request),
            "ontvanger": ontvanger,
            "soort": data.get("soort") or "advies",
            "omschrijving": data["omschrijving"],
            "uiterlijkeReactiedatum": data.get("uiterlijkeReactiedatum"),
            "documenten": data.get("documenten") or [],
            "status": "uitgezet",
            "toelichting": None,
            "antwoordDocumenten": [],
        }
        with self._data_lock:
            sw["actieverzoeken"][av["actieverzoekId"]] = av
            self._notificeer(ontvanger, "ActieverzoekOntvangen", sw, av)
            if self.automatisch_advies:
                self._meld_gereed(sw, av, "Geen bezwaar, mits de voorschriften uit de bijlage worden opgenomen.")
        return Response(201, {"actieverzoekId": av["actieverzoekId"]})

    def _meld_gereed(self, sw: dict, av: dict, toelichting: str) -> None:
        did = str(uuid.uuid4())
        self.documenten[did] = ("advies-ketenpartner.pdf", ADVIES_PDF)
        sw["documenten"].append(did)
        av.update(status="gereed", toelichting=toelichting, antwoordDocumenten=[did])
        self._notificeer(av["afzender"], "ActieverzoekGereedGemeld", sw, av)

    def toon_actieverzoek(self, request: Request, sid: str, aid: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        av = sw["actieverzoeken"].get(aid)
        return Response(200, av) if av else self.niet_gevonden(request)

    def gereedmelden(self, request: Request, sid: str, aid: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        av = sw["actieverzoeken"].get(aid)
        if av is None:
            return self.niet_gevonden(request)
        if av["ontvanger"] != self._oin(request):
            return self.fout(request, 403, titel="Alleen de ontvanger kan gereed melden.", code="forbidden")
        data = self._json(request) or {}
        with self._data_lock:
            av.update(
                status="gereed",
                toelichting=data.get("toelichting") or "",
                antwoordDocumenten=[d for d in data.get("documenten") or [] if d in sw["documenten"]],
            )
            self._notificeer(av["afzender"], "ActieverzoekGereedGemeld", sw, av)
        return Response(200, av)

    def intrekken(self, request: Request, sid: str, aid: str) -> Response:
        sw = self._samenwerking(request, sid)
        if isinstance(sw, Response):
            return sw
        av = sw["actieverzoeken"].get(aid)
        if av is None:
            return self.niet_gevonden(request)
        av["status"] = "ingetrokken"
        return Response(200, av)

    def lijst_notificaties(self, request: Request) -> Response:
        with self._data_lock:
            return Response(200, {"notificaties": list(self.notificaties.get(self._oin(request), []))})

    def verwijder_notificatie(self, request: Request, nid: str) -> Response:
        with self._data_lock:
            lijst = self.notificaties.get(self._oin(request), [])
            over = [n for n in lijst if n["notificatieId"] != nid]
            if len(over) == len(lijst):
                return self.niet_gevonden(request)
            self.notificaties[self._oin(request)] = over
        return Response(204, None)

    # -- simulation ---------------------------------------------------------------------------

    def _beheer(self, request: Request) -> Response:
        if request.path.rstrip("/") == "/_fake/partner/actieverzoek" and request.method == "POST":
            data = self._json(request) or {}
            van, naar = str(data.get("van") or ""), str(data.get("naar") or "")
            sid = str(uuid.uuid4())
            with self._data_lock:
                sw = {
                    "samenwerkingId": sid,
                    "titel": data.get("titel") or "Adviesvraag",
                    "eigenaar": van,
                    "zaakreferentie": None,
                    "deelnemers": [van, naar],
                    "documenten": [],
                    "actieverzoeken": {},
                    "gestopt": False,
                }
                self.samenwerkingen[sid] = sw
                did = str(uuid.uuid4())
                self.documenten[did] = ("adviesvraag.pdf", ADVIES_PDF)
                sw["documenten"].append(did)
                av = {
                    "actieverzoekId": str(uuid.uuid4()),
                    "afzender": van,
                    "ontvanger": naar,
                    "soort": "advies",
                    "omschrijving": data.get("omschrijving") or "Graag uw advies.",
                    "uiterlijkeReactiedatum": data.get("uiterlijkeReactiedatum"),
                    "documenten": [did],
                    "status": "uitgezet",
                    "toelichting": None,
                    "antwoordDocumenten": [],
                }
                sw["actieverzoeken"][av["actieverzoekId"]] = av
                self._notificeer(naar, "ActieverzoekOntvangen", sw, av)
            return Response(201, {"samenwerkingId": sid, "actieverzoekId": av["actieverzoekId"]})
        return super()._beheer(request)


def make_app(**kwargs: Any) -> SamenwerkenFake:
    return SamenwerkenFake(**kwargs)

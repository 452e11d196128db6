"""State and rules of the SWF fake: samenwerkingen, documenten, actieverzoeken and notificaties.

The wire format and the evidence behind it are in fake.py; the rules here (who may set which status,
who gets a notificatie) are assumptions of the fake, chosen to be as strict as the real API may be.
"""

from __future__ import annotations

import itertools
import threading
import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

ADVIES_PDF = b"%PDF-1.4\n% Advies van de ketenpartner (nep-SWF)\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
STATUSSEN = ("OPEN", "IN_BEHANDELING", "GEWEIGERD", "INGETROKKEN", "GEREEDGEMELD", "GEREED")
# Who may set a status, and from which: the ontvanger works on it, the zender withdraws or accepts.
OVERGANGEN = {
    "IN_BEHANDELING": ("ontvanger", ("OPEN",)),
    "GEWEIGERD": ("ontvanger", ("OPEN", "IN_BEHANDELING")),
    "GEREEDGEMELD": ("ontvanger", ("OPEN", "IN_BEHANDELING")),
    "INGETROKKEN": ("zender", ("OPEN", "IN_BEHANDELING")),
    "GEREED": ("zender", ("GEREEDGEMELD",)),
}
ALLEEN_ZENDER = {"titel", "omschrijving", "productId"}
NL = ZoneInfo("Europe/Amsterdam")


class Geweigerd(Exception):
    """A request the fake refuses: the endpoint turns it into a problem+json answer."""

    def __init__(self, status: int, titel: str, code: str) -> None:
        super().__init__(titel)
        self.status, self.titel, self.code = status, titel, code


def nu() -> datetime:
    # Millisecond precision with a +01:00/+02:00 offset, like the sample of the live API.
    tijd = datetime.now(NL)
    return tijd.replace(microsecond=tijd.microsecond // 1000 * 1000)


def _tekst(tijd: datetime) -> str:
    return tijd.isoformat(timespec="milliseconds")


class SwfOpslag:
    """In-memory state; callers hold `lock` around a read-modify-write."""

    def __init__(self) -> None:
        self.samenwerkingen: dict[str, dict[str, Any]] = {}
        self.documenten: dict[str, dict[str, Any]] = {}
        self.actieverzoeken: dict[str, dict[str, Any]] = {}
        self.notificaties: list[dict[str, Any]] = []
        self.lock = threading.RLock()
        self._nummers = itertools.count(66001)

    def deelnemer(self, sid: str, oin: str) -> dict[str, Any]:
        sw = self.samenwerkingen.get(sid)
        if sw is None:
            raise Geweigerd(404, "Opgevraagde resource bestaat niet.", "notFound")
        if oin not in sw["_deelnemers"]:
            raise Geweigerd(403, "U neemt niet deel aan deze samenwerking.", "forbidden")
        return sw

    def maak_samenwerking(self, door: str, data: dict[str, Any], deelnemers: list[str]) -> dict[str, Any]:
        sw = {
            "samenwerkingId": f"SAM-{next(self._nummers)}",
            "titel": data["titel"],
            "verzoeknummer": data.get("verzoeknummer"),
            "bronVerzoek": "DSO_LV" if data.get("verzoeknummer") else None,
            "samenwerkVorm": data.get("samenwerkVorm") or "SAMENWERKEN_AAN_BEHANDELEN",
            "samenwerkDoel": data.get("samenwerkDoel") or "BEHANDELEN",
            "kenmerkSysteem": data.get("kenmerkSysteem"),
            "nummerBinnenSysteem": data.get("nummerBinnenSysteem"),
            "aangemaaktDoor": door,
            "status": "OPEN",
            "creatieDatumTijd": _tekst(nu()),
            "_deelnemers": list(dict.fromkeys([door, *deelnemers])),
        }
        self.samenwerkingen[sw["samenwerkingId"]] = sw
        return sw

    def nodig_uit(self, sw: dict[str, Any], door: str, oin: str) -> None:
        if oin not in sw["_deelnemers"]:
            sw["_deelnemers"].append(oin)
            self.notificeer(sw, "INVITATION_PARTNER_ORGANIZATION", door, "Uitnodiging", deelnemer=oin)

    def voeg_document_toe(self, sw: dict, door: str, naam: str, inhoud: bytes, kenmerk: str | None) -> dict:
        doc = {
            "documentId": str(uuid.uuid4()),
            "bestandsNaam": naam,
            "kenmerkSysteem": kenmerk,
            "samenwerkingId": sw["samenwerkingId"],
            "aangemaaktDoor": door,
            "creatieDatumTijd": _tekst(nu()),
            "formaat": "application/pdf" if naam.lower().endswith(".pdf") else "application/octet-stream",
            "_inhoud": inhoud,
        }
        self.documenten[doc["documentId"]] = doc
        self.notificeer(sw, "DOCUMENT_CREATED", door, "Document toegevoegd", documentId=doc["documentId"])
        return doc

    def maak_actieverzoek(self, sw: dict, zender: str, data: dict[str, Any], *, beantwoord: bool) -> dict:
        if data.get("ontvanger") not in sw["_deelnemers"] or data.get("ontvanger") == zender:
            raise Geweigerd(400, "Ongeldig of ontbrekend veld 'ontvanger'.", "invalid")
        if not str(data.get("omschrijving") or "").strip():
            raise Geweigerd(400, "Ongeldig of ontbrekend veld 'omschrijving'.", "invalid")
        documenten = list(data.get("documenten") or [])
        if any(self.documenten.get(d, {}).get("samenwerkingId") != sw["samenwerkingId"] for d in documenten):
            raise Geweigerd(400, "Ongeldig of ontbrekend veld 'documenten'.", "invalid")
        av = {
            "actieverzoekId": str(uuid.uuid4()),
            "samenwerkingId": sw["samenwerkingId"],
            "zender": zender,
            "ontvanger": data["ontvanger"],
            "titel": data.get("titel") or data["omschrijving"][:80],
            "omschrijving": data["omschrijving"],
            "melding": None,
            "productId": data.get("productId"),
            "soort": data.get("soort") or "advies",
            "uiterlijkeReactiedatum": data.get("uiterlijkeReactiedatum"),
            "status": "OPEN",
            "creatieDatumTijd": _tekst(nu()),
            "_documenten": documenten,
            "_berichten": [],
        }
        self.actieverzoeken[av["actieverzoekId"]] = av
        self._status_gewijzigd(sw, av, None, zender)
        if beantwoord:
            self.beantwoord(av, "Geen bezwaar, mits de voorschriften uit de bijlage worden opgenomen.")
        return av

    def beantwoord(self, av: dict[str, Any], melding: str) -> None:
        """The ontvanger links an answer document to the actieverzoek and reports it ready."""
        sw = self.samenwerkingen[av["samenwerkingId"]]
        antwoord = self.voeg_document_toe(sw, av["ontvanger"], "advies-ketenpartner.pdf", ADVIES_PDF, None)
        av["_documenten"].append(antwoord["documentId"])
        self.wijzig(av, av["ontvanger"], {"status": "GEREEDGEMELD", "melding": melding})

    def wijzig(self, av: dict[str, Any], door: str, data: dict[str, Any]) -> None:
        rol = "zender" if door == av["zender"] else "ontvanger" if door == av["ontvanger"] else None
        if rol is None or (rol != "zender" and set(data) & ALLEEN_ZENDER):
            raise Geweigerd(403, "U mag dit actieverzoek niet wijzigen.", "forbidden")
        oud, status = av["status"], data.get("status", av["status"])
        if status not in STATUSSEN:
            raise Geweigerd(400, "Ongeldig of ontbrekend veld 'status'.", "invalid")
        if status != oud:
            wie, vanaf = OVERGANGEN.get(status, ("niemand", ()))
            if wie != rol:
                raise Geweigerd(403, f"Alleen de {wie} mag de status {status} zetten.", "forbidden")
            if oud not in vanaf:
                raise Geweigerd(409, f"Van {oud} kan niet naar {status}.", "conflict")
        av.update(data)
        if status != oud:
            self._status_gewijzigd(self.samenwerkingen[av["samenwerkingId"]], av, oud, door)

    def plaats_bericht(self, av: dict[str, Any], door: str, tekst: str) -> dict[str, Any]:
        bericht = {"berichtId": str(uuid.uuid4()), "bericht": tekst, "afzender": door, "creatieDatumTijd": _tekst(nu())}
        av["_berichten"].append(bericht)
        sw = self.samenwerkingen[av["samenwerkingId"]]
        self.notificeer(sw, "MESSAGE_SENT", door, "Bericht", actieverzoekId=av["actieverzoekId"])
        return bericht

    def _status_gewijzigd(self, sw: dict, av: dict, oud: str | None, door: str) -> None:
        self.notificeer(
            sw,
            "ACTIEVERZOEK_STATUS_CHANGED",
            door,
            f"Actieverzoek {av['status'].lower().replace('_', ' ')}",
            actieverzoekId=av["actieverzoekId"],
            actieverzoekTitel=av["titel"],
            actieverzoekStatusOud=oud,
            actieverzoekStatusNieuw=av["status"],
        )

    def notificeer(self, sw: dict, soort: str, door: str, titel: str, **properties: Any) -> None:
        tijd = nu()
        for deelnemer in sw["_deelnemers"]:
            if deelnemer != door:
                self.notificaties.append(
                    {
                        "notificatieId": str(uuid.uuid4()),
                        "notificatieType": soort,
                        "samenwerkingId": sw["samenwerkingId"],
                        "samenwerkVorm": sw["samenwerkVorm"],
                        "notificatieTitel": titel,
                        "notificatieTekst": f"{titel} in samenwerking {sw['titel']}",
                        "eventInitiator": door,
                        "deelnemer": deelnemer,
                        "eventDatumTijd": _tekst(tijd),
                        "properties": {"verzoeknummer": sw.get("verzoeknummer"), **properties},
                        "_tijd": tijd,
                    }
                )

    def notificaties_voor(self, oin: str, *, na: datetime | None = None, tot: datetime | None = None) -> list[dict]:
        lijst = [
            n
            for n in self.notificaties
            if n["deelnemer"] == oin and (na is None or n["_tijd"] > na) and (tot is None or n["_tijd"] <= tot)
        ]
        return sorted(lijst, key=lambda n: n["_tijd"])

"""Fetching verzoeken from DSO-LV: after a verzoeknotificatie, and periodically for missed ones."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.utils import timezone

from ...errors import KoppelingFout, NietGeautoriseerd, NietGevonden
from ..models import Bericht, DsoKoppeling, Verzoeknotificatie
from ..stam import MAX_BYTES_STANDAARD
from .client import VerzoekAfhandelenClient
from .ontvangst import ontvang_bericht

logger = logging.getLogger(__name__)


def _href(item: dict, naam: str) -> str:
    return ((item.get("_links") or {}).get(naam) or {}).get("href", "")


def haal_verzoek_op(
    koppeling: DsoKoppeling, verzoeknummer: str, client: VerzoekAfhandelenClient | None = None
) -> list[Bericht]:
    """Stores every message version of `verzoeknummer` not stored yet; returns the new ones."""
    client = client or VerzoekAfhandelenClient.voor_koppeling(koppeling)
    samenvatting = client.samenvatting(verzoeknummer)
    documenten = {
        d["documentId"]: {
            "url": _href(d, "download"),
            "grootte": d.get("grootte"),
            "sha256": d.get("sha256", ""),
            "bestandsnaam": d.get("bestandsnaam", ""),
        }
        for d in samenvatting.get("documenten") or []
        if d.get("documentId")
    }
    nieuw = []
    for item in sorted(samenvatting.get("berichten") or [], key=lambda b: str(b.get("volgnummer") or "")):
        volgnummer = str(item.get("volgnummer") or "")
        if Bericht.objects.filter(verzoeknummer=verzoeknummer, volgnummer=volgnummer).exists():
            continue
        xml_url = _href(item, "verzoekXml")
        xml = client.haal_bytes(xml_url, max_bytes=MAX_BYTES_STANDAARD)
        bericht, is_nieuw = ontvang_bericht(
            xml, bron="api", referenties={"xml": xml_url, "pdf": _href(item, "verzoekPdf"), "documenten": documenten}
        )
        if is_nieuw:
            nieuw.append(bericht)
    return nieuw


def verwerk_notificatie(notificatie: Verzoeknotificatie) -> list[Bericht]:
    """Tries the koppeling of the notified OIN first, then the others (DSO-LV answers 403 to an
    OIN that may not fetch the verzoek)."""
    koppelingen = list(DsoKoppeling.objects.filter(actief=True).select_related("service", "organisatie"))
    koppelingen.sort(key=lambda k: k.organisatie.oin != notificatie.oin)
    laatste: KoppelingFout | None = None
    for koppeling in koppelingen:
        try:
            berichten = haal_verzoek_op(koppeling, notificatie.verzoeknummer)
        except (NietGeautoriseerd, NietGevonden) as exc:
            laatste = exc
            continue
        Verzoeknotificatie.objects.filter(pk=notificatie.pk).update(afgehandeld=True, fout_melding="")
        return berichten
    melding = laatste.melding if laatste else "Er is geen actieve DSO-koppeling ingesteld."
    Verzoeknotificatie.objects.filter(pk=notificatie.pk).update(fout_melding=melding)
    return []


def haal_gemiste_op(koppeling: DsoKoppeling) -> list[Bericht]:
    """`dso_ophalen`: search the last days for verzoeken (or versions) we never received."""
    client = VerzoekAfhandelenClient.voor_koppeling(koppeling)
    nu = timezone.now()
    try:
        gevonden = client.zoek(nu - timedelta(days=koppeling.dagen_terug), nu)
        bekend = set(
            Bericht.objects.filter(verzoeknummer__in={g.get("verzoeknummer") for g in gevonden}).values_list(
                "verzoeknummer", "volgnummer"
            )
        )
        ontbrekend = sorted(
            {
                g["verzoeknummer"]
                for g in gevonden
                if (g.get("verzoeknummer"), str(g.get("volgnummer") or "")) not in bekend
            }
        )
        nieuw = []
        for verzoeknummer in ontbrekend:
            nieuw += haal_verzoek_op(koppeling, verzoeknummer, client)
    except KoppelingFout as exc:
        DsoKoppeling.objects.filter(pk=koppeling.pk).update(laatste_fout=str(exc)[:2000])
        raise
    DsoKoppeling.objects.filter(pk=koppeling.pk).update(laatst_opgehaald=nu, laatste_fout="")
    return nieuw

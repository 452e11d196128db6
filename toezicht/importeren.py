"""Excel import of VTH-objecten (migration from a previous system).

All or nothing per file: every row is checked first; if any row has an error nothing is
imported and the errors are reported per row (a half-imported register is worse to repair
than a corrected file). Rows are matched on `objectcode`, so importing the same file again
updates the objects instead of duplicating them."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from clo.audit.log import log_gebeurtenis
from toezicht.models import Naleefgedrag, ObjectBron, VthObject

KOLOMMEN = [
    "objectcode",
    "naam",
    "straat",
    "huisnummer",
    "postcode",
    "woonplaats",
    "bag_nummeraanduiding",
    "lat",
    "lon",
    "activiteiten",
    "inrichtingsnaam",
    "kvk_nummer",
    "sbi_code",
    "inrichtingstype",
    "gebruikers",
    "risicocategorie",
    "naleefgedrag",
    "contactnaam",
    "contact_email",
    "opmerkingen",
]
VERPLICHT = ["objectcode", "naam", "risicocategorie"]
VELD = {"bag_nummeraanduiding": "nummeraanduiding_id"}


@dataclass
class Importresultaat:
    nieuw: int = 0
    bijgewerkt: int = 0
    fouten: list[str] = field(default_factory=list)

    @property
    def gelukt(self) -> bool:
        return not self.fouten


def _tekst(waarde) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    return str(waarde).strip()


def _rij(nr: int, ruw: dict, fouten: list[str]) -> dict | None:
    eigen: list[str] = []
    for kolom in VERPLICHT:
        if not _tekst(ruw.get(kolom)):
            eigen.append(f"kolom '{kolom}' is leeg")
    velden = {
        VELD.get(k, k): _tekst(ruw.get(k))
        for k in KOLOMMEN
        if k not in ("lat", "lon", "gebruikers", "risicocategorie", "activiteiten")
    }
    velden["postcode"] = velden["postcode"].replace(" ", "").upper()
    velden["activiteiten"] = [a.strip() for a in _tekst(ruw.get("activiteiten")).split(",") if a.strip()]
    try:
        velden["risicocategorie"] = int(_tekst(ruw.get("risicocategorie")) or 0)
        if not 1 <= velden["risicocategorie"] <= 5:
            eigen.append("risicocategorie moet 1 tot en met 5 zijn")
    except ValueError:
        eigen.append(f"risicocategorie '{_tekst(ruw.get('risicocategorie'))}' is geen getal")
    for kolom in ("lat", "lon", "gebruikers"):
        waarde = _tekst(ruw.get(kolom)).replace(",", ".")
        try:
            velden[kolom] = (int(float(waarde)) if kolom == "gebruikers" else float(waarde)) if waarde else None
        except ValueError:
            eigen.append(f"{kolom} '{waarde}' is geen getal")
    velden["naleefgedrag"] = (velden["naleefgedrag"] or "onbekend").lower()
    if velden["naleefgedrag"] not in Naleefgedrag.values:
        eigen.append(f"naleefgedrag '{velden['naleefgedrag']}' is niet een van: {', '.join(Naleefgedrag.values)}")
    if velden["contact_email"]:
        try:
            validate_email(velden["contact_email"])
        except ValidationError:
            eigen.append(f"e-mailadres '{velden['contact_email']}' is ongeldig")
    if velden["kvk_nummer"] and not (velden["kvk_nummer"].isdigit() and len(velden["kvk_nummer"]) == 8):
        eigen.append("een KvK-nummer bestaat uit 8 cijfers")
    fouten.extend(f"Rij {nr}: {f}." for f in eigen)
    return None if eigen else velden


def lees_werkboek(pad_of_bestand) -> tuple[list[tuple[int, dict]], list[str]]:
    from openpyxl import load_workbook

    try:
        blad = load_workbook(pad_of_bestand, read_only=True, data_only=True).active
    except Exception as exc:  # noqa: BLE001 — any unreadable file gets the same Dutch answer
        return [], [f"Het bestand kan niet als Excel-bestand (.xlsx) worden gelezen ({exc.__class__.__name__})."]
    rijen = blad.iter_rows(values_only=True)
    kop = [(_tekst(k).lower().replace(" ", "_")) for k in next(rijen, ())]
    ontbrekend = [k for k in VERPLICHT if k not in kop]
    if ontbrekend:
        return [], [
            f"De kopregel mist de kolom(men): {', '.join(ontbrekend)}. Verwachte kolommen: {', '.join(KOLOMMEN)}."
        ]
    gelezen = []
    for nr, waarden in enumerate(rijen, start=2):
        if all(w in (None, "") for w in waarden):
            continue
        gelezen.append((nr, dict(zip(kop, waarden, strict=False))))
    return gelezen, []


def importeer_objecten(pad_of_bestand, *, organisatie, door=None) -> Importresultaat:
    resultaat = Importresultaat()
    gelezen, resultaat.fouten = lees_werkboek(pad_of_bestand)
    if resultaat.fouten:
        return resultaat
    schoon, codes = [], set()
    for nr, ruw in gelezen:
        velden = _rij(nr, ruw, resultaat.fouten)
        if velden is None:
            continue
        if velden["objectcode"] in codes:
            resultaat.fouten.append(f"Rij {nr}: objectcode {velden['objectcode']} komt vaker voor in het bestand.")
        codes.add(velden["objectcode"])
        schoon.append(velden)
    if not gelezen:
        resultaat.fouten.append("Het bestand bevat geen rijen met objecten.")
    if resultaat.fouten:
        return resultaat
    with transaction.atomic():
        for velden in schoon:
            code = velden.pop("objectcode")
            _, nieuw = VthObject.objects.update_or_create(
                organisatie=organisatie, objectcode=code, defaults={**velden, "bron": ObjectBron.IMPORT}
            )
            if nieuw:
                resultaat.nieuw += 1
            else:
                resultaat.bijgewerkt += 1
        log_gebeurtenis(
            organisatie=organisatie,
            door=door,
            actie="toezicht.import",
            omschrijving=f"Objecten geïmporteerd: {resultaat.nieuw} nieuw, {resultaat.bijgewerkt} bijgewerkt.",
        )
    return resultaat

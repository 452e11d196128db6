"""Excel import of objects: all or nothing, Dutch errors per row, re-import updates."""

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from toezicht.importeren import importeer_objecten
from toezicht.models import VthObject

pytestmark = pytest.mark.django_db
KOP = [
    "objectcode",
    "naam",
    "straat",
    "huisnummer",
    "postcode",
    "woonplaats",
    "risicocategorie",
    "naleefgedrag",
    "activiteiten",
    "contact_email",
]


def werkboek(tmp_path, *rijen, kop=KOP):
    wb = Workbook()
    wb.active.append(kop)
    for rij in rijen:
        wb.active.append(list(rij))
    pad = tmp_path / "objecten.xlsx"
    wb.save(pad)
    return pad


GOED = ("NEF-1", "Bakkerij De Boer", "Diep", 3, "9101 kk", "Dokkum", 3, "goed", "bouwen, milieu", "info@boer.example")


def test_valid_file_creates_objects_and_reimport_updates(tmp_path, nef):
    r = importeer_objecten(werkboek(tmp_path, GOED), organisatie=nef)
    assert (r.nieuw, r.bijgewerkt, r.fouten) == (1, 0, [])
    obj = VthObject.objects.get(organisatie=nef, objectcode="NEF-1")
    assert (obj.postcode, obj.huisnummer, obj.activiteiten) == ("9101KK", "3", ["bouwen", "milieu"])
    r = importeer_objecten(werkboek(tmp_path, GOED[:1] + ("Bakkerij De Boer BV",) + GOED[2:]), organisatie=nef)
    assert (r.nieuw, r.bijgewerkt) == (0, 1)
    assert VthObject.objects.get(objectcode="NEF-1").naam == "Bakkerij De Boer BV"


def test_one_bad_row_imports_nothing_and_names_the_row(tmp_path, nef):
    slecht = ("NEF-2", "Garage Hoekstra", "Voorstraat", 21, "9291CE", "Kollum", 7, "prima", "", "geen-mail")
    r = importeer_objecten(werkboek(tmp_path, GOED, slecht), organisatie=nef)
    assert not r.gelukt
    assert "Rij 3: risicocategorie moet 1 tot en met 5 zijn." in r.fouten
    assert any(f.startswith("Rij 3: naleefgedrag 'prima'") for f in r.fouten)
    assert any("e-mailadres 'geen-mail' is ongeldig" in f for f in r.fouten)
    assert not VthObject.objects.exists()


def test_missing_columns_and_duplicates_are_reported(tmp_path, nef):
    assert (
        "mist de kolom(men): risicocategorie"
        in importeer_objecten(werkboek(tmp_path, ("X", "Y"), kop=["objectcode", "naam"]), organisatie=nef).fouten[0]
    )
    r = importeer_objecten(werkboek(tmp_path, GOED, GOED), organisatie=nef)
    assert r.fouten == ["Rij 3: objectcode NEF-1 komt vaker voor in het bestand."]


def test_command_imports_for_the_given_tenant_only(tmp_path, nef, dantumadiel):
    call_command("importeer_objecten", str(werkboek(tmp_path, GOED)), organisatie="GM1891", stdout=io.StringIO())
    assert VthObject.objects.get().organisatie == dantumadiel
    with pytest.raises(CommandError, match="Niets geïmporteerd"):
        call_command(
            "importeer_objecten",
            str(werkboek(tmp_path, GOED[:6] + ("",) + GOED[7:])),
            organisatie="GM1970",
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )

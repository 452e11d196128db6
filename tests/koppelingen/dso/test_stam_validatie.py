"""Schema errors are reported with line numbers but do not stop the intake; missing routing
fields do."""

from __future__ import annotations

import pickle
import shutil

import pytest
from lxml import etree

from koppelingen.dso.samples import lees_sample
from koppelingen.dso.samples.generator import maak_verzoek_xml
from koppelingen.dso.stam import (
    Doel,
    OnvolledigBericht,
    SchemaNietBeschikbaar,
    parse_verzoek,
    valideer,
)
from koppelingen.dso.stam.schema import MAX_VALIDATIEFOUTEN, SCHEMA_BESTANDEN, stam_dir

VX = "http://www.omgevingswet.nl/koppelvlak/stam-v4/verzoek"
IC = "http://www.omgevingswet.nl/koppelvlak/stam-v4/common"


def _regel_van(data: bytes, fragment: bytes) -> int:
    return data[: data.index(fragment)].count(b"\n") + 1


def _bewerk(data: bytes, bewerking) -> bytes:
    root = etree.fromstring(data)
    bewerking(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_schema_errors_carry_line_numbers_and_mapping_continues():
    data = lees_sample("nef_kap_kollum")
    data = data.replace(b"<vx:type>Aanvraag vergunning</vx:type>", b"<vx:type>Aanvraag kapvergunning</vx:type>")
    data = data.replace(
        b"<vx:publiceerbaar>false</vx:publiceerbaar>",
        b"<vx:publiceerbaar>nee</vx:publiceerbaar>",
        1,
    )
    resultaat = parse_verzoek(data)
    regels = {f.regel for f in resultaat.validatiefouten}
    assert _regel_van(data, b"<vx:type>") in regels
    assert _regel_van(data, b"<vx:publiceerbaar>nee") in regels
    assert all(f.melding for f in resultaat.validatiefouten)
    assert not resultaat.schema_geldig
    verzoek = resultaat.verzoek
    assert verzoek.verzoeknummer == "2026111200203"
    assert verzoek.type_verzoek == "Aanvraag kapvergunning"  # kept as sent, for functioneel beheer
    assert verzoek.projectactiviteiten[0].specificaties[0].publiceerbaar is None


def test_unknown_extra_content_is_reported_not_fatal():
    def voeg_toe(root):
        verzoek = root.find(f".//{{{VX}}}verzoeknummer").getparent()
        etree.SubElement(verzoek, f"{{{VX}}}nieuwVeldUitStam41").text = "x"
        etree.SubElement(verzoek, "{urn:onbekend}extra").text = "y"

    resultaat = parse_verzoek(_bewerk(lees_sample("nef_kap_kollum"), voeg_toe))
    assert resultaat.validatiefouten
    assert resultaat.verzoek.projectlocaties[0].kadastrale_aanduiding.sectie == "B"


def test_valideer_false_skips_the_schema_but_still_maps():
    data = maak_verzoek_xml(seed=2, type_verzoek="Iets anders")
    assert valideer(data)
    resultaat = parse_verzoek(data, valideer=False)
    assert resultaat.validatiefouten == []
    assert resultaat.verzoek.type_verzoek == "Iets anders"


def test_patched_schema_is_lax_only_for_the_gml_geometries():
    """The in-memory patch accepts GML content but keeps the element order of STAM."""

    def vlak_voor_referentiestelsel(root):
        etrs = root.find(f".//{{{VX}}}coordinatenEtrs")
        vlak = etree.SubElement(etrs, f"{{{IC}}}vlaklocatie")
        etrs.insert(0, vlak)

    fouten = valideer(_bewerk(lees_sample("nef_kap_kollum"), vlak_voor_referentiestelsel))
    assert any("vlaklocatie" in f.melding for f in fouten)


@pytest.mark.parametrize(
    ("bewerking", "ontbrekend", "schema_ongeldig"),
    [
        ({"verzoeknummer": None}, "verzoeknummer", True),
        ({"verzoeknummer": "   "}, "verzoeknummer", False),
        ({"doel": None}, "doel", True),
        ({"doel": "Initiëren"}, "doel", True),  # not a STAM 4.0 value: cannot be routed
        ({"bevoegd_gezag": {"naam": "Gemeente zonder OIN", "oin": ""}}, "OIN bevoegd gezag", False),
        ({"bevoegd_gezag": None}, "OIN bevoegd gezag", True),
    ],
)
def test_missing_routing_field_is_onvolledig_bericht(bewerking, ontbrekend, schema_ongeldig):
    with pytest.raises(OnvolledigBericht) as info:
        parse_verzoek(maak_verzoek_xml(seed=5, **bewerking))
    fout = info.value
    assert fout.ontbrekend == (ontbrekend,)
    assert ontbrekend in fout.melding
    # The schema errors travel along for functioneel beheer.
    assert bool(fout.validatiefouten) is schema_ongeldig


def test_missing_verzoeknummer_in_dso_example_is_onvolledig_bericht():
    data = (stam_dir() / "verzoekbericht_4_0_0.xml").read_bytes()
    data = data.replace(b"<vx:verzoeknummer>2023073100048</vx:verzoeknummer>", b"")
    with pytest.raises(OnvolledigBericht, match="verzoeknummer"):
        parse_verzoek(data)


def test_number_of_reported_schema_errors_is_capped():
    activiteit = {
        "naam": "Test",
        "imow_id": "nl.imow-gm1970.activiteit.Test",
        "activiteit_id": "urn:x",
        "specificaties": [
            {
                "vraag_id": str(i),
                "groepering": "g",
                "vraagtekst": "v",
                "antwoord": "a",
                "publiceerbaar": "misschien",
            }
            for i in range(MAX_VALIDATIEFOUTEN + 50)
        ],
    }
    fouten = valideer(maak_verzoek_xml(activiteiten=[activiteit]))
    assert len(fouten) == MAX_VALIDATIEFOUTEN + 1
    assert "nog 50" in fouten[-1].melding


def test_specs_folder_comes_from_clo_specs_dir(monkeypatch, tmp_path):
    doel = tmp_path / "dso" / "stam"
    doel.mkdir(parents=True)
    for naam in SCHEMA_BESTANDEN:
        shutil.copy(stam_dir() / naam, doel / naam)
    monkeypatch.setenv("CLO_SPECS_DIR", str(tmp_path))
    assert stam_dir() == doel
    assert parse_verzoek(lees_sample("nef_kap_kollum")).verzoek.doel is Doel.INITIEREN


def test_missing_schemas_are_reported_as_installation_problem(monkeypatch, tmp_path):
    monkeypatch.setenv("CLO_SPECS_DIR", str(tmp_path / "bestaat-niet"))
    with pytest.raises(SchemaNietBeschikbaar) as info:
        parse_verzoek(lees_sample("nef_kap_kollum"))
    assert "bestaat-niet" in info.value.detail
    # Without validation the intake still works, e.g. to keep messages flowing during repair.
    assert parse_verzoek(lees_sample("nef_kap_kollum"), valideer=False).verzoek.verzoeknummer


def test_onvolledig_bericht_survives_pickling_for_the_task_queue():
    with pytest.raises(OnvolledigBericht) as info:
        parse_verzoek(maak_verzoek_xml(seed=1, verzoeknummer=None))
    kopie = pickle.loads(pickle.dumps(info.value))
    assert type(kopie) is OnvolledigBericht
    assert (kopie.melding, kopie.detail) == (info.value.melding, info.value.detail)
    assert kopie.ontbrekend == ("verzoeknummer",)
    assert kopie.validatiefouten == info.value.validatiefouten


def test_schema_gelijktijdig_voor_het_eerst_nodig_compileert_zonder_fout():
    """A worker with a thread pool: several verzoeken need the not yet compiled schema at once."""
    import threading

    from koppelingen.dso.stam import schema

    def haal(start: threading.Barrier, fouten: list[Exception]) -> None:
        start.wait()
        try:
            schema.stam_schema()
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            fouten.append(exc)

    for _ronde in range(5):
        schema._compileer.cache_clear()
        start, fouten = threading.Barrier(6), []
        draden = [threading.Thread(target=haal, args=(start, fouten)) for _ in range(6)]
        for draad in draden:
            draad.start()
        for draad in draden:
            draad.join()
        assert fouten == []

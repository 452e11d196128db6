"""Interventiematrix proposals (DOMAIN.md §4): every cell, with every modifier."""

import itertools

import pytest

from handhaving.matrix import MatrixFout, standaard_tabel, stel_voor

# DOMAIN.md §4: score gedrag (A=1..D=4) + gevolgen → 2–3 R1, 4 R2, 5 R3, 6 R4, 7–8 R5.
VERWACHT = {
    "A1": "R1",
    "A2": "R1",
    "A3": "R2",
    "A4": "R3",
    "B1": "R1",
    "B2": "R2",
    "B3": "R3",
    "B4": "R4",
    "C1": "R2",
    "C2": "R3",
    "C3": "R4",
    "C4": "R5",
    "D1": "R3",
    "D2": "R4",
    "D3": "R5",
    "D4": "R5",
}


def verwacht(gedrag: str, gevolgen: int, recidive: bool, mislukt: int, acuut: bool) -> tuple[str, str]:
    if recidive and gedrag != "D":
        gedrag = chr(ord(gedrag) + 1)
    cel = f"{gedrag}{gevolgen}"
    niveau = min(int(VERWACHT[cel][1]) + mislukt, 5)
    return ("R5" if acuut else f"R{niveau}"), cel


@pytest.mark.parametrize("cel", sorted(VERWACHT))
def test_default_matrix_maps_each_cell_to_the_domain_rung(cel):
    assert standaard_tabel()[cel] == VERWACHT[cel]
    voorstel = stel_voor(None, cel[0], int(cel[1]))
    assert (voorstel.rung, voorstel.code) == (VERWACHT[cel], cel)


@pytest.mark.parametrize(
    "cel,recidive,mislukt,acuut",
    list(itertools.product(sorted(VERWACHT), [False, True], [0, 1, 2, 5], [False, True])),
)
def test_proposal_applies_recidive_failed_hercontroles_and_acute_danger(cel, recidive, mislukt, acuut):
    voorstel = stel_voor(
        None, cel[0], int(cel[1]), recidive=recidive, mislukte_hercontroles=mislukt, acuut_gevaar=acuut
    )
    assert (voorstel.rung, voorstel.code) == verwacht(cel[0], int(cel[1]), recidive, mislukt, acuut)
    assert voorstel.uitleg[-1].startswith(f"Voorgestelde interventie: {voorstel.rung}")


def test_explanation_names_each_modifier_that_changed_the_outcome():
    voorstel = stel_voor(None, "B", 2, recidive=True, mislukte_hercontroles=1)
    tekst = " ".join(voorstel.uitleg)
    assert "van B naar C" in tekst
    assert "cel C2 → R3" in tekst
    assert "van R3 naar R4" in tekst
    assert voorstel.rung == "R4"


def test_recidive_keeps_gedrag_d_at_d():
    voorstel = stel_voor(None, "D", 1, recidive=True)
    assert voorstel.code == "D1"
    assert "blijft D" in " ".join(voorstel.uitleg)


def test_tenant_matrix_overrides_the_default():
    tabel = {**standaard_tabel(), "A1": "R2"}
    assert stel_voor(tabel, "A", 1).rung == "R2"


def test_missing_cell_in_tenant_matrix_says_what_to_fix():
    with pytest.raises(MatrixFout, match="Cel A1 ontbreekt"):
        stel_voor({"B1": "R1"}, "A", 1)


@pytest.mark.parametrize("gedrag,gevolgen", [("E", 1), ("A", 0), ("A", 5), ("", 2), ("A", "x")])
def test_invalid_classification_is_refused(gedrag, gevolgen):
    with pytest.raises(MatrixFout):
        stel_voor(None, gedrag, gevolgen)

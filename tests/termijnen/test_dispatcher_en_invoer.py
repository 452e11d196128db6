from datetime import date, timedelta

import pytest

from zaken.termijnen import (
    PROCEDURES,
    Duur,
    TermijnFout,
    bereken,
    bereken_voor_zaak,
    parse_datum,
    parse_opschorting,
    parse_verlenging,
)


def test_all_procedures_of_the_issue_are_available():
    for naam in (
        "regulier",
        "uitgebreid",
        "zienswijze",
        "melding",
        "handhavingsverzoek",
        "aanvraag",
        "bezwaar",
        "dwangsom",
    ):
        assert naam in PROCEDURES


def test_unknown_procedure_is_refused_in_dutch():
    with pytest.raises(TermijnFout, match="Onbekende procedure 'vergunning'; kies uit: regulier"):
        bereken("vergunning", ontvangen=date(2026, 1, 1))


def test_missing_input_is_named_in_dutch():
    with pytest.raises(TermijnFout, match="Voor procedure 'bezwaar' ontbreekt: bekendgemaakt"):
        bereken("bezwaar")


def test_input_that_does_not_belong_to_the_procedure_is_refused():
    with pytest.raises(TermijnFout, match="horen niet bij procedure 'bezwaar'"):
        bereken("bezwaar", bekendgemaakt=date(2026, 11, 13), ontvangen=date(2026, 11, 1))


def test_context_arguments_are_accepted_for_every_procedure():
    assert bereken(
        "bezwaar", bekendgemaakt=date(2026, 11, 13), vandaag=date(2026, 11, 20)
    ).einddatum == date(2026, 12, 28)


@pytest.mark.parametrize(
    ("tekst", "duur"),
    [
        ("6w", Duur.weken(6)),
        ("14d", Duur.dagen(14)),
        ("2m", Duur.maanden(2)),
        ("6 weken", Duur.weken(6)),
    ],
)
def test_durations_are_read_in_short_and_long_form(tekst, duur):
    assert Duur.parse(tekst) == duur


@pytest.mark.parametrize("tekst", ["6", "w6", "6x", "", "-2w"])
def test_invalid_durations_are_refused_in_dutch(tekst):
    with pytest.raises(TermijnFout, match="Ongeldige duur"):
        Duur.parse(tekst)


def test_dates_opschortingen_and_verlengingen_are_parsed():
    assert parse_datum("2026-12-17") == parse_datum("17-12-2026") == date(2026, 12, 17)
    assert parse_opschorting("2027-01-04:2027-01-18").einde == date(2027, 1, 18)
    assert parse_opschorting("2027-01-04:").einde is None
    verlenging = parse_verlenging("6w@2027-02-01")
    assert (verlenging.duur, verlenging.bekendgemaakt) == (Duur.weken(6), date(2027, 2, 1))
    with pytest.raises(TermijnFout, match="Ongeldige datum '31-02-2026'"):
        parse_datum("31-02-2026")
    with pytest.raises(TermijnFout, match="START:EINDE"):
        parse_opschorting("2027-01-04")


def test_bereken_voor_zaak_accepts_model_shaped_rows():
    resultaat = bereken_voor_zaak(
        procedure="regulier",
        ontvangen=date(2026, 12, 17),
        opschortingen=[(date(2027, 1, 4), date(2027, 1, 18))],
        verlengingen=[timedelta(days=42)],
    )
    assert resultaat.einddatum == date(2027, 4, 7)
    assert any("Verlengd met 6 weken" in s.omschrijving for s in resultaat.stappen)


def test_bereken_voor_zaak_checks_the_verlenging_date_when_given():
    with pytest.raises(TermijnFout, match="te laat"):
        bereken_voor_zaak(
            procedure="regulier",
            ontvangen=date(2026, 12, 17),
            verlengingen=[(timedelta(days=42), date(2027, 3, 1))],
        )


def test_bereken_voor_zaak_for_a_melding_gives_the_first_allowed_start():
    assert bereken_voor_zaak(procedure="melding", ontvangen=date(2026, 12, 7)).einddatum == date(
        2027, 1, 4
    )


def test_the_package_imports_without_django():
    import subprocess
    import sys

    code = "import sys, zaken.termijnen; assert 'django' not in sys.modules"
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=str(__import__("pathlib").Path(__file__).parents[2]),
    )

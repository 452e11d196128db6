"""`manage.py termijn`. Needs the Django settings (pytest-django); the calendar bridge reads the
database, so the command tests replace it by the built-in calendar and one database test
checks the bridge itself."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from zaken.termijnen import AtwKalender, kalender_voor_django


@pytest.fixture(autouse=True)
def ingebouwde_kalender(monkeypatch, request):
    if "django_db" not in request.keywords:
        monkeypatch.setattr("zaken.management.commands.termijn.kalender_voor_django", AtwKalender)


def termijn(*args: str) -> str:
    uit = StringIO()
    call_command("termijn", *args, stdout=uit)
    return uit.getvalue()


def test_regulier_prints_the_steps_and_the_end_date():
    uitvoer = termijn("--procedure", "regulier", "--ontvangen", "2026-12-17")
    assert "Aanvraag ontvangen op do 17-12-2026" in uitvoer
    assert "8 weken (art. 16.64 Ow): ruwe einddatum do 11-02-2027" in uitvoer
    assert uitvoer.strip().endswith("Einddatum: do 11-02-2027")


def test_opschorting_and_verlenging_options_give_json_with_iso_dates():
    data = json.loads(
        termijn(
            "--procedure",
            "regulier",
            "--ontvangen",
            "2026-12-17",
            "--opschorting",
            "2027-01-04:2027-01-18",
            "--verlenging",
            "6w",
            "--opschorting-telling",
            "inclusief",
            "--json",
        )
    )
    assert data["einddatum"] == "2027-04-08"
    assert data["stappen"][0] == {
        "omschrijving": "Aanvraag ontvangen op do 17-12-2026",
        "datum": "2026-12-17",
    }


def test_repeated_opschorting_option_adds_both_suspensions():
    data = json.loads(
        termijn(
            "--procedure",
            "regulier",
            "--ontvangen",
            "2026-12-17",
            "--opschorting",
            "2027-01-04:2027-01-08",
            "--opschorting",
            "2027-01-20:2027-01-25",
            "--json",
        )
    )
    assert data["einddatum"] == "2027-02-18"


def test_running_opschorting_is_reported_as_provisional():
    data = json.loads(
        termijn(
            "--procedure",
            "regulier",
            "--ontvangen",
            "2026-12-17",
            "--opschorting",
            "2027-01-04:",
            "--vandaag",
            "2027-01-18",
            "--json",
        )
    )
    assert (data["einddatum"], data["opgeschort"], data["voorlopig"]) == ("2027-02-24", True, True)


def test_other_procedures_through_the_same_command():
    def einde(*args):
        return json.loads(termijn(*args, "--json"))["einddatum"]

    assert einde("--procedure", "bezwaar", "--bekendgemaakt", "2026-11-13") == "2026-12-28"
    assert einde("--procedure", "zienswijze", "--ter-inzage", "2027-03-17") == "2027-04-28"
    assert einde("--procedure", "melding", "--start", "2027-01-04") == "2026-12-07"
    assert einde("--procedure", "uitgebreid", "--ontvangen", "2026-05-29") == "2026-11-29"
    assert einde("--procedure", "handhavingsverzoek", "--ontvangen", "2026-03-10") == "2026-05-06"
    assert (
        einde("--procedure", "termijn", "--gebeurtenis", "2026-01-09", "--duur", "3d")
        == "2026-01-13"
    )


def test_dwangsom_from_receipt_ingebrekestelling_and_decision():
    data = json.loads(
        termijn(
            "--procedure",
            "dwangsom",
            "--ontvangen",
            "2026-12-17",
            "--ingebrekestelling",
            "2027-02-22",
            "--beslist",
            "2027-04-02",
            "--json",
        )
    )
    assert (data["einddatum"], data["bedrag"], data["dwangsomdagen"]) == (
        "2027-04-16",
        "742.00",
        26,
    )
    assert "€ 742,00" in termijn(
        "--procedure",
        "dwangsom",
        "--termijn-einde",
        "2027-02-11",
        "--ingebrekestelling",
        "2027-02-22",
        "--beslist",
        "2027-04-02",
    )


@pytest.mark.parametrize(
    ("args", "melding"),
    [
        (("--procedure", "regulier", "--ontvangen", "17-13-2026"), "Ongeldige datum"),
        (("--procedure", "vergunning", "--ontvangen", "2026-12-17"), "Onbekende procedure"),
        (("--procedure", "bezwaar"), "ontbreekt: bekendgemaakt"),
        (("--ontvangen", "2026-12-17"), "Geef --procedure op"),
        (("--procedure", "melding", "--start", "2027-01-04", "--weken", "vier"), "heel getal"),
        (
            ("--procedure", "regulier", "--ontvangen", "2026-12-17", "--opschorting-telling", "x"),
            "kies 'exclusief' of 'inclusief'",
        ),
        (
            (
                "--procedure",
                "regulier",
                "--ontvangen",
                "2026-12-17",
                "--verlenging",
                "3w",
                "--verlenging",
                "3w",
            ),
            "maar één keer",
        ),
        (
            ("--procedure", "regulier", "--ontvangen", "2026-12-17", "--verlenging", "8w"),
            "ten hoogste 6 weken",
        ),
        (
            ("--procedure", "regulier", "--ontvangen", "2026-12-17", "--verlenging", "zes weken"),
            "Ongeldige duur",
        ),
        (
            ("--procedure", "regulier", "--ontvangen", "2026-12-17", "--opschorting", "2027-01-04"),
            "START:EINDE",
        ),
    ],
)
def test_invalid_input_gives_a_dutch_command_error(args, melding):
    with pytest.raises(CommandError, match=melding):
        termijn(*args)


@pytest.mark.django_db
def test_calendar_bridge_adds_the_days_functioneel_beheer_entered():
    from zaken.models.kalender import GelijkgesteldeDag

    GelijkgesteldeDag.objects.create(datum=date(2029, 5, 11), bron="KB 2029 (test)")
    kalender = kalender_voor_django()
    assert not kalender.is_werkdag(date(2029, 5, 11))
    assert not kalender.is_werkdag(date(2026, 5, 15)), "built-in table must still apply"
    # 2029-03-16 + 8 weeks = Fri 2029-05-11 -> Mon 05-14.
    data = json.loads(termijn("--procedure", "regulier", "--ontvangen", "2029-03-16", "--json"))
    assert data["einddatum"] == "2029-05-14"

from datetime import date

import pytest

from zaken.termijnen import GELIJKGESTELDE_DAGEN, AtwKalender, paaszondag

KALENDER = AtwKalender()


@pytest.mark.parametrize(
    ("jaar", "pasen"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday_matches_the_published_dates(jaar, pasen):
    assert paaszondag(jaar) == pasen


def test_goede_vrijdag_2026_is_3_april_and_not_a_working_day():
    assert KALENDER.feestdag(date(2026, 4, 3)) == "Goede Vrijdag"
    assert not KALENDER.is_werkdag(date(2026, 4, 3))


def test_koningsdag_moves_to_26_april_when_27_april_is_a_sunday():
    assert date(2025, 4, 27).weekday() == 6
    assert KALENDER.feestdag(date(2025, 4, 26)) == "Koningsdag"
    assert KALENDER.feestdag(date(2025, 4, 27)) is None


def test_koningsdag_stays_on_27_april_otherwise():
    assert KALENDER.feestdag(date(2026, 4, 27)) == "Koningsdag"
    assert KALENDER.feestdag(date(2027, 4, 27)) == "Koningsdag"
    assert KALENDER.is_werkdag(date(2026, 4, 26)) is False  # a Sunday, not because of Koningsdag
    assert KALENDER.feestdag(date(2026, 4, 26)) is None


@pytest.mark.parametrize("jaar", [2023, 2024, 2026, 2027, 2029])
def test_5_may_is_a_holiday_every_year_not_only_in_lustrum_years(jaar):
    assert KALENDER.feestdag(date(jaar, 5, 5)) == "Bevrijdingsdag"


def test_all_statutory_holidays_of_2026():
    verwacht = {
        date(2026, 1, 1): "Nieuwjaarsdag",
        date(2026, 4, 3): "Goede Vrijdag",
        date(2026, 4, 6): "Tweede Paasdag",
        date(2026, 4, 27): "Koningsdag",
        date(2026, 5, 5): "Bevrijdingsdag",
        date(2026, 5, 14): "Hemelvaartsdag",
        date(2026, 5, 25): "Tweede Pinksterdag",
        date(2026, 12, 25): "Eerste Kerstdag",
        date(2026, 12, 26): "Tweede Kerstdag",
        date(2026, 1, 2): "bij KB gelijkgestelde dag",
        date(2026, 5, 15): "bij KB gelijkgestelde dag",
    }
    assert KALENDER.feestdagen(2026) == dict(sorted(verwacht.items()))


@pytest.mark.parametrize(
    "dag",
    [
        date(2023, 4, 28),
        date(2023, 5, 19),
        date(2024, 5, 10),
        date(2024, 12, 27),
        date(2025, 5, 30),
        date(2026, 1, 2),
        date(2026, 5, 15),
        date(2027, 5, 7),
        date(2028, 4, 28),
        date(2028, 5, 26),
    ],
)
def test_kb_gelijkgestelde_dagen_2023_to_2028_are_not_working_days(dag):
    assert dag.weekday() < 5
    assert KALENDER.is_kb_dag(dag)
    assert not KALENDER.is_werkdag(dag)


def test_kb_days_carry_their_source():
    assert "Stcrt. 2025, 24713" in KALENDER.kb_bron(date(2027, 5, 7))
    assert all(rij.bron for rij in GELIJKGESTELDE_DAGEN)


def test_extra_gelijkgestelde_dagen_are_added_to_the_builtin_table():
    kalender = AtwKalender(extra_dagen=[date(2029, 5, 11)])
    assert not kalender.is_werkdag(date(2029, 5, 11))
    assert KALENDER.is_werkdag(date(2029, 5, 11))
    assert not kalender.is_werkdag(date(2026, 5, 15)), "built-in table must still apply"
    assert kalender.laatste_kb_jaar == 2029


def test_an_ordinary_weekday_is_a_working_day_and_weekend_days_are_named():
    assert KALENDER.is_werkdag(date(2026, 12, 17))
    assert KALENDER.vrije_dag(date(2026, 12, 19)) == "zaterdag"
    assert KALENDER.vrije_dag(date(2027, 3, 28)) == "zondag, Eerste Paasdag"


def test_next_and_previous_working_day_skip_holidays_and_weekends():
    assert KALENDER.volgende_werkdag(date(2027, 3, 26)) == date(2027, 3, 30)
    assert KALENDER.vorige_werkdag(date(2026, 11, 29)) == date(2026, 11, 27)
    assert KALENDER.volgende_werkdag(date(2026, 12, 17)) == date(2026, 12, 17)

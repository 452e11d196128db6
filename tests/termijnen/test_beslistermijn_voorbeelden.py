"""DOMAIN.md §8, examples 1-7 and 10 (uitgebreid)."""

from datetime import date

from zaken.termijnen import Duur, Opschorting, TermijnConventies, Verlenging, bereken

INCLUSIEF = TermijnConventies(opschorting_telling="inclusief")
VERZOEK, AANVULLING = date(2027, 1, 4), date(2027, 1, 18)


def test_example_1_regulier_eight_weeks_ignores_christmas_inside_the_term():
    resultaat = bereken("regulier", ontvangen=date(2026, 12, 17))
    assert resultaat.einddatum == date(2027, 2, 11)
    assert not resultaat.verschoven


def test_example_2_fourteen_suspended_days_add_to_the_raw_end():
    # 14 days: the request on 01-04 and completion on 01-19 under the default convention.
    resultaat = bereken(
        "regulier",
        ontvangen=date(2026, 12, 17),
        opschortingen=[Opschorting(VERZOEK, date(2027, 1, 19))],
    )
    assert resultaat.einddatum == date(2027, 2, 25)


def test_example_2_default_exclusive_convention_counts_thirteen_days():
    resultaat = bereken(
        "regulier", ontvangen=date(2026, 12, 17), opschortingen=[Opschorting(VERZOEK, AANVULLING)]
    )
    assert resultaat.einddatum == date(2027, 2, 24)
    assert any(
        "Opgeschort 13 dagen (05-01-2027 t/m 17-01-2027)" in s.omschrijving
        for s in resultaat.stappen
    )


def test_example_2_inclusive_convention_counts_fourteen_days():
    resultaat = bereken(
        "regulier",
        ontvangen=date(2026, 12, 17),
        opschortingen=[Opschorting(VERZOEK, AANVULLING)],
        conventies=INCLUSIEF,
    )
    assert resultaat.einddatum == date(2027, 2, 25)


def test_example_3_six_week_verlenging_and_its_bekendmaking_deadline():
    resultaat = bereken(
        "regulier",
        ontvangen=date(2026, 12, 17),
        verlengingen=[Verlenging(Duur.weken(6), bekendgemaakt=date(2027, 2, 11))],
    )
    assert resultaat.einddatum == date(2027, 3, 25)
    assert resultaat.datums["uiterste_bekendmaking_verlenging"] == date(2027, 2, 11)


def test_example_4_suspension_and_verlenging_together():
    resultaat = bereken(
        "regulier",
        ontvangen=date(2026, 12, 17),
        opschortingen=[Opschorting(VERZOEK, AANVULLING)],
        verlengingen=[Verlenging(Duur.weken(6))],
        conventies=INCLUSIEF,
    )
    assert resultaat.einddatum == date(2027, 4, 8)
    assert resultaat.verschoven is False


def test_example_5_end_on_5_may_moves_to_6_may_in_a_non_lustrum_year():
    resultaat = bereken("regulier", ontvangen=date(2026, 3, 10))
    assert resultaat.datums["ruwe_einddatum"] == date(2026, 5, 5)
    assert resultaat.einddatum == date(2026, 5, 6)
    assert resultaat.verschoven


def test_example_6_kb_day_then_weekend_moves_to_monday():
    resultaat = bereken("regulier", ontvangen=date(2026, 3, 20))
    assert resultaat.einddatum == date(2026, 5, 18)


def test_example_7_goede_vrijdag_easter_weekend_and_easter_monday():
    resultaat = bereken("regulier", ontvangen=date(2027, 1, 29))
    assert resultaat.einddatum == date(2027, 3, 30)


def test_example_10_uitgebreid_six_months_is_not_shifted_but_warns_with_internal_target():
    resultaat = bereken("uitgebreid", ontvangen=date(2026, 5, 29))
    assert resultaat.einddatum == date(2026, 11, 29)
    assert not resultaat.verschoven
    assert resultaat.datums["interne_streefdatum"] == date(2026, 11, 27)
    assert any("zondag" in w and "27-11-2026" in w for w in resultaat.waarschuwingen)


def test_uitgebreid_on_a_working_day_needs_no_warning():
    resultaat = bereken("uitgebreid", ontvangen=date(2026, 6, 2))
    assert resultaat.einddatum == date(2026, 12, 2)
    assert resultaat.waarschuwingen == []
    assert resultaat.datums["interne_streefdatum"] == date(2026, 12, 2)


def test_uitgebreid_month_arithmetic_clamps_to_the_end_of_the_month():
    assert bereken("uitgebreid", ontvangen=date(2026, 8, 31)).einddatum == date(2027, 2, 28)


def test_handhavingsverzoek_and_other_aanvraag_have_eight_weeks_with_atw():
    assert bereken("handhavingsverzoek", ontvangen=date(2026, 3, 10)).einddatum == date(2026, 5, 6)
    assert bereken("aanvraag", ontvangen=date(2026, 12, 17)).einddatum == date(2027, 2, 11)


def test_an_eight_plus_six_week_term_is_still_shifted():
    # 2027-01-29 + 8 + 6 weeks = Fri 2027-05-07, a KB day, then the weekend.
    resultaat = bereken(
        "regulier",
        ontvangen=date(2027, 1, 29),
        verlengingen=[Verlenging(Duur.weken(6), date(2027, 3, 1))],
    )
    assert resultaat.einddatum == date(2027, 5, 10)

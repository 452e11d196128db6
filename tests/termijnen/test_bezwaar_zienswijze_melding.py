"""DOMAIN.md §8 examples 8 (bezwaar) and 10 (zienswijzen, melding)."""

from datetime import date

import pytest

from zaken.termijnen import TermijnConventies, TermijnFout, bereken


def test_example_8_bezwaartermijn_ending_on_christmas_moves_to_monday():
    resultaat = bereken("bezwaar", bekendgemaakt=date(2026, 11, 13))
    assert resultaat.datums["ruwe_einddatum"] == date(2026, 12, 25)
    assert resultaat.einddatum == date(2026, 12, 28)


def test_example_8_by_post_received_one_week_after_the_end_is_timely():
    resultaat = bereken("bezwaar", bekendgemaakt=date(2026, 11, 13))
    assert resultaat.datums["per_post_ontvangen_uiterlijk"] == date(2027, 1, 4)
    assert any(
        "verzonden uiterlijk ma 28-12-2026" in s.omschrijving and "04-01-2027" in s.omschrijving
        for s in resultaat.stappen
    )


def test_bezwaartermijn_on_a_working_day_is_exactly_six_weeks_after_bekendmaking():
    assert bereken("bezwaar", bekendgemaakt=date(2026, 3, 4)).einddatum == date(2026, 4, 15)


def test_example_10_zienswijzen_count_the_day_of_terinzagelegging_as_day_one():
    resultaat = bereken("zienswijze", ter_inzage=date(2027, 3, 17))
    assert resultaat.datums["ruwe_einddatum"] == date(2027, 4, 27)  # Koningsdag
    assert resultaat.einddatum == date(2027, 4, 28)


def test_zienswijze_on_a_voornemen_defaults_to_two_weeks_from_the_day_after_sending():
    resultaat = bereken("zienswijze", voornemen_verzonden=date(2026, 6, 3))
    assert resultaat.einddatum == date(2026, 6, 17)


def test_zienswijze_voornemen_term_follows_the_convention_setting():
    conventies = TermijnConventies(zienswijze_voornemen_weken=4)
    assert bereken(
        "zienswijze", voornemen_verzonden=date(2026, 6, 3), conventies=conventies
    ).einddatum == date(2026, 7, 1)


def test_zienswijze_voornemen_on_a_free_day_moves_only_when_the_convention_says_so():
    # 2026-12-11 + 2 weeks = Fri 12-25.
    assert bereken("zienswijze", voornemen_verzonden=date(2026, 12, 11)).einddatum == date(
        2026, 12, 28
    )
    streng = TermijnConventies(voornemen_naar_werkdag=False)
    assert bereken(
        "zienswijze", voornemen_verzonden=date(2026, 12, 11), conventies=streng
    ).einddatum == date(2026, 12, 25)


def test_zienswijze_needs_exactly_one_start_date():
    with pytest.raises(TermijnFout, match="terinzagelegging"):
        bereken("zienswijze", ter_inzage=date(2027, 3, 17), voornemen_verzonden=date(2027, 3, 17))


def test_example_10_melding_is_counted_backwards_four_weeks():
    resultaat = bereken("melding", start=date(2027, 1, 4))
    assert resultaat.einddatum == date(2026, 12, 7)
    assert not resultaat.verschoven


def test_melding_deadline_on_a_free_day_is_not_shifted():
    # Start Mon 2027-01-25 minus 4 weeks = Mon 2026-12-28; start Sat 2027-01-23 → Sat 12-26.
    resultaat = bereken("melding", start=date(2027, 1, 23))
    assert resultaat.einddatum == date(2026, 12, 26)
    assert any(
        "niet verschoven" in s.omschrijving and "Atw art. 1 lid 2" in s.omschrijving
        for s in resultaat.stappen
    )


def test_melding_with_another_number_of_weeks():
    assert bereken("melding", start=date(2027, 1, 4), weken=2).einddatum == date(2026, 12, 21)


def test_a_late_melding_warns_with_the_earliest_possible_start():
    resultaat = bereken("melding", start=date(2027, 1, 4), ontvangen=date(2026, 12, 10))
    assert any("te laat" in w and "07-01-2027" in w for w in resultaat.waarschuwingen)


def test_a_timely_melding_gives_no_warning():
    assert (
        bereken("melding", start=date(2027, 1, 4), ontvangen=date(2026, 12, 7)).waarschuwingen == []
    )


def test_melding_from_receipt_gives_the_first_allowed_start():
    resultaat = bereken("melding", ontvangen=date(2026, 12, 7))
    assert resultaat.einddatum == date(2027, 1, 4)
    assert resultaat.datums["vroegste_start"] == date(2027, 1, 4)

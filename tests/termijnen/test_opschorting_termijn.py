from datetime import date

import pytest

from zaken.termijnen import Opschorting, TermijnFout, bereken

ONTVANGEN = date(2026, 12, 17)


def test_a_running_suspension_gives_a_provisional_date_as_if_completed_today():
    resultaat = bereken(
        "regulier",
        ontvangen=ONTVANGEN,
        opschortingen=[Opschorting(date(2027, 1, 4))],
        vandaag=date(2027, 1, 18),
    )
    assert resultaat.opgeschort and resultaat.voorlopig
    assert resultaat.einddatum == date(2027, 2, 24)  # same as completion on 01-18
    assert any("loopt nog" in w and "voorlopig" in w for w in resultaat.waarschuwingen)


def test_a_running_suspension_moves_the_provisional_date_every_day():
    def einde(vandaag):
        return bereken(
            "regulier",
            ontvangen=ONTVANGEN,
            opschortingen=[Opschorting(date(2027, 1, 4))],
            vandaag=vandaag,
        ).einddatum

    assert einde(date(2027, 1, 20)) > einde(date(2027, 1, 19))


def test_a_finished_suspension_is_not_provisional():
    resultaat = bereken(
        "regulier",
        ontvangen=ONTVANGEN,
        opschortingen=[Opschorting(date(2027, 1, 4), date(2027, 1, 18))],
    )
    assert not resultaat.opgeschort and not resultaat.voorlopig


def test_completion_the_day_after_the_request_suspends_nothing_by_default():
    resultaat = bereken(
        "regulier",
        ontvangen=ONTVANGEN,
        opschortingen=[Opschorting(date(2027, 1, 4), date(2027, 1, 5))],
    )
    assert resultaat.einddatum == date(2027, 2, 11)


def test_several_suspensions_add_up():
    resultaat = bereken(
        "regulier",
        ontvangen=ONTVANGEN,
        opschortingen=[
            Opschorting(date(2027, 1, 4), date(2027, 1, 8)),
            Opschorting(date(2027, 1, 20), date(2027, 1, 25)),
        ],
    )
    assert resultaat.einddatum == date(2027, 2, 11 + 3 + 4)


def test_overlapping_suspensions_are_refused():
    with pytest.raises(TermijnFout, match="overlappen"):
        bereken(
            "regulier",
            ontvangen=ONTVANGEN,
            opschortingen=[
                Opschorting(date(2027, 1, 4), date(2027, 1, 18)),
                Opschorting(date(2027, 1, 10), date(2027, 1, 20)),
            ],
        )


def test_a_suspension_before_receipt_is_refused():
    with pytest.raises(TermijnFout, match="vóór de ontvangst"):
        bereken(
            "regulier",
            ontvangen=ONTVANGEN,
            opschortingen=[Opschorting(date(2026, 12, 1), date(2026, 12, 20))],
        )


def test_a_suspension_ending_before_it_starts_is_refused():
    with pytest.raises(TermijnFout, match="vóór de start"):
        Opschorting(date(2027, 1, 18), date(2027, 1, 4))


def test_a_request_sent_after_the_term_ended_does_not_suspend():
    resultaat = bereken(
        "regulier",
        ontvangen=ONTVANGEN,
        opschortingen=[Opschorting(date(2027, 2, 12), date(2027, 2, 26))],
    )
    assert resultaat.einddatum == date(2027, 2, 11)
    assert any("na het einde van de termijn" in w for w in resultaat.waarschuwingen)

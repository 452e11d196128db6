from datetime import date

import pytest

from zaken.termijnen import (
    Duur,
    Opschorting,
    TermijnFout,
    Verlenging,
    bereken,
    uiterste_bekendmaking_verlenging,
)

ONTVANGEN = date(2026, 12, 17)


def test_verlengingsbesluit_must_be_made_known_within_the_original_eight_weeks():
    resultaat = uiterste_bekendmaking_verlenging("regulier", ONTVANGEN)
    assert resultaat.einddatum == date(2027, 2, 11)
    assert (
        "Verlengingsbesluit uiterlijk bekendmaken op do 11-02-2027"
        in resultaat.stappen[-1].omschrijving
    )


def test_the_bekendmaking_deadline_runs_on_during_a_suspension():
    resultaat = uiterste_bekendmaking_verlenging(
        "regulier", ONTVANGEN, opschortingen=[Opschorting(date(2027, 1, 4), date(2027, 1, 18))]
    )
    assert resultaat.einddatum == date(2027, 2, 24)


def test_a_verlenging_made_known_on_the_last_day_is_accepted():
    resultaat = bereken(
        "regulier",
        ontvangen=ONTVANGEN,
        verlengingen=[Verlenging(Duur.weken(6), bekendgemaakt=date(2027, 2, 11))],
    )
    assert resultaat.einddatum == date(2027, 3, 25)


def test_a_verlenging_made_known_after_the_original_term_is_refused():
    with pytest.raises(TermijnFout, match="na de uiterste datum 11-02-2027.*te laat"):
        bereken(
            "regulier",
            ontvangen=ONTVANGEN,
            verlengingen=[Verlenging(Duur.weken(6), date(2027, 2, 12))],
        )


def test_a_second_verlenging_is_refused():
    with pytest.raises(TermijnFout, match="maar één keer worden verlengd"):
        bereken(
            "regulier",
            ontvangen=ONTVANGEN,
            verlengingen=[Verlenging(Duur.weken(3)), Verlenging(Duur.weken(3))],
        )


@pytest.mark.parametrize("duur", [Duur.weken(7), Duur.dagen(43), Duur.maanden(2)])
def test_a_verlenging_longer_than_six_weeks_is_refused(duur):
    with pytest.raises(TermijnFout, match="ten hoogste 6 weken"):
        bereken("regulier", ontvangen=ONTVANGEN, verlengingen=[Verlenging(duur)])


def test_a_shorter_verlenging_in_days_is_allowed():
    resultaat = bereken("regulier", ontvangen=ONTVANGEN, verlengingen=[Verlenging(Duur.dagen(42))])
    assert resultaat.einddatum == date(2027, 3, 25)


def test_missing_bekendmaking_date_gives_a_warning_with_the_deadline():
    resultaat = bereken("regulier", ontvangen=ONTVANGEN, verlengingen=[Verlenging(Duur.weken(6))])
    assert any("uiterlijk do 11-02-2027" in w for w in resultaat.waarschuwingen)


def test_uitgebreid_verlenging_must_be_made_known_within_eight_weeks_of_receipt():
    ontvangen = date(2026, 5, 29)
    assert uiterste_bekendmaking_verlenging("uitgebreid", ontvangen).einddatum == date(2026, 7, 24)
    verlengd = bereken(
        "uitgebreid",
        ontvangen=ontvangen,
        verlengingen=[Verlenging(Duur.weken(6), date(2026, 7, 24))],
    )
    assert verlengd.einddatum == date(2027, 1, 10)  # not shifted: a six-month term (Atw art. 4)
    with pytest.raises(TermijnFout, match="te laat"):
        bereken(
            "uitgebreid",
            ontvangen=ontvangen,
            verlengingen=[Verlenging(Duur.weken(6), date(2026, 8, 1))],
        )


def test_other_aanvraag_may_be_extended_more_than_once_within_the_running_term():
    # Awb 4:14 lid 3: notify a redelijke termijn within the (already extended) term.
    resultaat = bereken(
        "aanvraag",
        ontvangen=ONTVANGEN,
        verlengingen=[
            Verlenging(Duur.weken(8), date(2027, 2, 10)),
            Verlenging(Duur.weken(4), date(2027, 4, 7)),
        ],
    )
    assert resultaat.einddatum == date(2027, 5, 10)  # 05-06 Hemelvaart, 05-07 KB day, weekend
    with pytest.raises(TermijnFout, match="te laat"):
        bereken(
            "aanvraag",
            ontvangen=ONTVANGEN,
            verlengingen=[
                Verlenging(Duur.weken(8), date(2027, 2, 10)),
                Verlenging(Duur.weken(4), date(2027, 4, 9)),
            ],
        )

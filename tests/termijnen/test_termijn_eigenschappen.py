"""Properties that must hold for any input (hypothesis)."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from zaken.termijnen import AtwKalender, Duur, Opschorting, Verlenging, bereken

KALENDER = AtwKalender()
DATA = st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 3, 31))
VERSCHOVEN_PROCEDURES = st.sampled_from(["regulier", "aanvraag", "handhavingsverzoek"])
# Per test, not a global profile: other suites keep their own hypothesis settings.
eigenschap = settings(max_examples=150, deadline=None)


@eigenschap
@given(DATA, VERSCHOVEN_PROCEDURES, st.integers(0, 60), st.booleans())
def test_a_shifted_beslistermijn_never_ends_on_a_free_day(ontvangen, procedure, dagen, verlengd):
    opschorting = Opschorting(ontvangen + timedelta(days=3), ontvangen + timedelta(days=3 + dagen))
    verlengingen = [Verlenging(Duur.weken(6))] if verlengd else []
    resultaat = bereken(
        procedure, ontvangen=ontvangen, opschortingen=[opschorting], verlengingen=verlengingen
    )
    assert KALENDER.is_werkdag(resultaat.einddatum)


@eigenschap
@given(DATA)
def test_bezwaar_and_zienswijze_never_end_on_a_free_day(dag):
    assert KALENDER.is_werkdag(bereken("bezwaar", bekendgemaakt=dag).einddatum)
    assert KALENDER.is_werkdag(
        bereken("bezwaar", bekendgemaakt=dag).datums["per_post_ontvangen_uiterlijk"]
    )
    assert KALENDER.is_werkdag(bereken("zienswijze", ter_inzage=dag).einddatum)


@eigenschap
@given(DATA)
def test_the_shift_goes_to_the_first_working_day_after_the_raw_end(ontvangen):
    resultaat = bereken("regulier", ontvangen=ontvangen)
    ruw = resultaat.datums["ruwe_einddatum"]
    assert ruw == ontvangen + timedelta(weeks=8)
    assert resultaat.einddatum == KALENDER.volgende_werkdag(ruw)


@eigenschap
@given(DATA, st.integers(0, 40), st.integers(0, 40))
def test_more_suspended_days_never_give_an_earlier_end(ontvangen, dagen, extra):
    def einde(n):
        start = ontvangen + timedelta(days=5)
        return bereken(
            "regulier",
            ontvangen=ontvangen,
            opschortingen=[Opschorting(start, start + timedelta(days=n))],
        ).einddatum

    assert einde(dagen) <= einde(dagen + extra)


@eigenschap
@given(DATA)
def test_uitgebreid_and_melding_are_never_shifted(dag):
    uitgebreid = bereken("uitgebreid", ontvangen=dag)
    assert uitgebreid.einddatum == Duur.maanden(6).na(dag)
    assert KALENDER.is_werkdag(uitgebreid.datums["interne_streefdatum"])
    assert uitgebreid.datums["interne_streefdatum"] <= uitgebreid.einddatum
    assert bereken("melding", start=dag).einddatum == dag - timedelta(weeks=4)


@eigenschap
@given(DATA, st.integers(3, 30))
def test_any_atw_term_of_three_days_or_more_contains_two_working_days(gebeurtenis, dagen):
    einde = bereken("termijn", gebeurtenis=gebeurtenis, duur=Duur.dagen(dagen)).einddatum
    assert KALENDER.is_werkdag(einde)
    assert KALENDER.werkdagen_tussen(gebeurtenis + timedelta(days=1), einde) >= 2

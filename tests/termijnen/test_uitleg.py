"""Every computed date comes with a Dutch explanation; the JSON form uses ISO dates."""

import json
from datetime import date

from zaken.termijnen import AtwKalender, Duur, Opschorting, Verlenging, bereken


def omschrijvingen(resultaat):
    return [stap.omschrijving for stap in resultaat.stappen]


def test_regulier_explains_receipt_start_raw_end_suspension_and_verlenging():
    resultaat = bereken(
        "regulier",
        ontvangen=date(2026, 12, 17),
        opschortingen=[Opschorting(date(2027, 1, 4), date(2027, 1, 18))],
        verlengingen=[Verlenging(Duur.weken(6), date(2027, 2, 1))],
    )
    tekst = omschrijvingen(resultaat)
    assert tekst[0] == "Aanvraag ontvangen op do 17-12-2026"
    assert tekst[1] == "Termijn start op vr 18-12-2026 (dag na ontvangst)"
    assert tekst[2] == "8 weken (art. 16.64 Ow): ruwe einddatum do 11-02-2027"
    assert any(t.startswith("Opgeschort 13 dagen (05-01-2027 t/m 17-01-2027)") for t in tekst)
    assert any(t.startswith("Verlengd met 6 weken") for t in tekst)
    assert tekst[-1] == "Uiterste beslisdatum: wo 07-04-2027"
    assert resultaat.stappen[-1].datum == date(2027, 4, 7)


def test_shift_explains_which_holiday_and_which_article():
    resultaat = bereken("regulier", ontvangen=date(2026, 3, 10))
    verschuiving = next(t for t in omschrijvingen(resultaat) if "verschoven" in t)
    assert "di 05-05-2026 (Bevrijdingsdag, Atw art. 3)" in verschuiving
    assert "verschoven naar wo 06-05-2026 (Atw art. 1)" in verschuiving


def test_shift_over_several_free_days_names_each_of_them():
    resultaat = bereken("regulier", ontvangen=date(2027, 1, 29))
    verschuiving = next(t for t in omschrijvingen(resultaat) if "verschoven" in t)
    for deel in (
        "Goede Vrijdag",
        "za 27-03-2027 (zaterdag)",
        "Eerste Paasdag",
        "Tweede Paasdag",
        "di 30-03-2027",
    ):
        assert deel in verschuiving


def test_kb_day_explanation_cites_the_kb():
    resultaat = bereken("regulier", ontvangen=date(2026, 3, 20))
    assert any(
        "Atw art. 3 lid 3" in t and "Stcrt. 2025, 24713" in t for t in omschrijvingen(resultaat)
    )


def test_every_step_with_a_date_is_in_the_json_as_iso():
    resultaat = bereken("regulier", ontvangen=date(2026, 12, 17))
    data = json.loads(json.dumps(resultaat.to_dict()))
    assert data["einddatum"] == "2027-02-11"
    assert data["stappen"][0] == {
        "omschrijving": "Aanvraag ontvangen op do 17-12-2026",
        "datum": "2026-12-17",
    }
    assert data["datums"]["uiterste_bekendmaking_verlenging"] == "2027-02-11"


def test_dwangsom_json_carries_the_amount_as_an_exact_string():
    resultaat = bereken(
        "dwangsom",
        ingebrekestelling_ontvangen=date(2027, 2, 22),
        termijn_einde=date(2027, 2, 11),
        beslist=date(2027, 4, 2),
    )
    data = resultaat.to_dict()
    assert (data["bedrag"], data["dwangsomdagen"]) == ("742.00", 26)
    assert "€ 742,00" in resultaat.als_tekst()


def test_text_form_marks_a_provisional_date():
    resultaat = bereken(
        "regulier",
        ontvangen=date(2026, 12, 17),
        opschortingen=[Opschorting(date(2027, 1, 4))],
        vandaag=date(2027, 1, 10),
    )
    assert "Einddatum (voorlopig):" in resultaat.als_tekst()


def test_a_year_without_known_kb_days_is_flagged():
    resultaat = bereken("regulier", ontvangen=date(2028, 12, 1))
    assert any("2029" in w and "KB" in w for w in resultaat.waarschuwingen)
    met_2029 = bereken(
        "regulier", ontvangen=date(2028, 12, 1), kalender=AtwKalender([date(2029, 5, 11)])
    )
    assert met_2029.waarschuwingen == []

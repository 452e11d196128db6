"""Risk-based programme: visits derived from risicocategorie, frequency and naleefgedrag;
bulk creation of controle zaken; plan versus realisatie."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.toezicht.conftest import actieve_versie
from toezicht.actions import genereer_planning, maak_controles_aan, maak_object, zet_controlestatus
from toezicht.models import KPI, Doel, Frequentie, GeplandeControle, Thema, Toezichtprogramma
from toezicht.planning import aantal_controles, maanden, route_volgorde
from toezicht.voortgang import voortgang


@given(st.sampled_from(["0.25", "0.5", "1", "1.5", "3"]), st.integers(min_value=0, max_value=10_000))
def test_fractional_frequency_averages_out_over_the_years(per_jaar, spreiding):
    totaal = sum(aantal_controles(Decimal(per_jaar), "matig", jaar, spreiding) for jaar in range(2020, 2040))
    assert abs(totaal - float(per_jaar) * 20) <= 1


def test_poor_compliance_doubles_and_good_compliance_halves_the_visits():
    jaren = range(2026, 2036)
    som = lambda gedrag: sum(aantal_controles(Decimal("1"), gedrag, j, 7) for j in jaren)  # noqa: E731
    assert (som("goed"), som("matig"), som("slecht")) == (5, 10, 20)


def test_visits_are_spread_over_the_year():
    assert maanden(4, 0) == [1, 4, 7, 10]
    assert all(1 <= m <= 12 for m in maanden(12, 5))


def test_route_follows_nearest_neighbour_and_keeps_stops_without_coordinates_last():
    dokkum, kollum, holwerd, ee = (1, 53.3258, 5.9989), (2, 53.2776, 6.1543), (3, 53.3703, 5.9011), (4, 53.3381, 6.0762)
    assert route_volgorde([kollum, (9, None, None), holwerd, ee], start=dokkum[1:]) == [4, 2, 3, 9]


@pytest.fixture
def programma(nef, checklists, toezichthouder):
    p = Toezichtprogramma.objects.create(
        organisatie=nef, jaar=2026, naam="Uitvoeringsprogramma VTH", capaciteit_uren=40
    )
    Frequentie.objects.create(programma=p, risicocategorie=5, controles_per_jaar=2, uren_per_controle=6)
    Frequentie.objects.create(programma=p, risicocategorie=2, controles_per_jaar=Decimal("0"), uren_per_controle=2)
    thema = Thema.objects.create(
        programma=p,
        naam="Brandveiligheid zorg",
        activiteiten=["brandveilig gebruik"],
        checklist=actieve_versie(nef).checklist,
    )
    Doel.objects.create(
        thema=thema, omschrijving="Alle geplande controles uitgevoerd", kpi=KPI.PERCENTAGE_UITGEVOERD, streefwaarde=100
    )
    for code, risico, act in [
        ("A", 5, ["brandveilig gebruik"]),
        ("B", 2, ["brandveilig gebruik"]),
        ("C", 5, ["bouwen"]),
    ]:
        maak_object(
            nef,
            door=toezichthouder,
            objectcode=code,
            naam=f"Object {code}",
            risicocategorie=risico,
            activiteiten=act,
            naleefgedrag="matig",
        )
    return p


@pytest.mark.django_db
def test_planning_follows_risk_and_theme_and_is_idempotent(programma, toezichthouder):
    assert genereer_planning(programma, door=toezichthouder) == 2  # only object A: risk 5, matching activity
    assert genereer_planning(programma, door=toezichthouder) == 0
    assert set(GeplandeControle.objects.values_list("object__objectcode", flat=True)) == {"A"}
    assert voortgang(programma)["uren_gepland"] == Decimal("12")


@pytest.mark.django_db
def test_bulk_creation_makes_controle_zaken_once_and_realisatie_follows(programma, toezichthouder):
    genereer_planning(programma, door=toezichthouder)
    assert maak_controles_aan(programma, door=toezichthouder) == 2
    assert maak_controles_aan(programma, door=toezichthouder) == 0
    gepland = list(GeplandeControle.objects.select_related("controle__zaak__zaaktype"))
    assert {g.controle.zaak.zaaktype.identificatie for g in gepland} == {"CONTROLE"}
    assert gepland[0].controle.zaak.status.statustype.code == "gepland"
    zet_controlestatus(gepland[0].controle, "uitgevoerd", door=toezichthouder)
    v = voortgang(programma)
    assert (v["gepland"], v["uitgevoerd"]) == (2, 1)
    assert v["themas"][0]["doelen"][0]["realisatie"] == Decimal("50.0")
    assert not v["themas"][0]["doelen"][0]["gehaald"]

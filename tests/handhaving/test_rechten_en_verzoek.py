"""Who may decide (capability handhaving.besluiten), handhavingsverzoek with its 8-week term,
and starting from a bevinding."""

import datetime as dt

import pytest

from clo.accounts.rollen import Rol
from handhaving import actions
from handhaving.actions import GeenBevoegdheid, HandhavingFout
from handhaving.models import Handhavingsverzoek

D = dt.date
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("rol", [Rol.VERGUNNINGVERLENER, Rol.TOEZICHTHOUDER, Rol.KCC, Rol.TEAMLEIDER])
def test_only_handhaver_or_jurist_may_take_decisions(nef, maak_gebruiker, maak_hz, rol):
    hz = maak_hz()
    ander = maak_gebruiker(nef, rol)
    for stap in (
        lambda: actions.kies_interventie(hz, door=ander, gedrag="B", gevolgen=2),
        lambda: actions.waarschuw(hz, door=ander),
        lambda: actions.verstuur_voornemen(hz, door=ander),
        lambda: actions.gedoog(
            hz, door=ander, geldig_van=D(2026, 1, 1), geldig_tot=D(2026, 2, 1), voorwaarden="v", motivering="m"
        ),
        lambda: actions.sluit_af(hz, door=ander),
    ):
        with pytest.raises(GeenBevoegdheid, match="handhaver of jurist"):
            stap()


def test_jurist_may_decide(maak_hz, jurist):
    hz = maak_hz()
    actions.verstuur_voornemen(hz, door=jurist, verzonden=D(2025, 3, 4))
    hz.refresh_from_db()
    assert hz.fase == "voornemen"


def test_handhaver_of_another_tenant_may_not_decide(dantumadiel, maak_gebruiker, maak_hz):
    hz = maak_hz()
    elders = maak_gebruiker(dantumadiel, Rol.HANDHAVER)
    with pytest.raises(GeenBevoegdheid):
        actions.waarschuw(hz, door=elders)


def test_toezichthouder_may_start_a_zaak_and_record_the_hercontrole_but_not_decide(maak_hz, toezichthouder, handhaver):
    hz = maak_hz(door=toezichthouder)
    actions.waarschuw(hz, door=handhaver, verzonden=D(2025, 3, 4))
    actions.plan_hercontrole(hz, door=handhaver, datum=D(2025, 4, 2))
    actions.verwerk_hercontrole(hz, door=toezichthouder, nageleefd=True)
    with pytest.raises(GeenBevoegdheid):
        actions.sluit_af(hz, door=toezichthouder)


def test_nobody_without_a_role_may_start_a_handhavingszaak(nef, maak_gebruiker, maak_hz):
    with pytest.raises(GeenBevoegdheid):
        maak_hz(door=maak_gebruiker(nef, Rol.KCC))


def _verzoek(nef, door, **kwargs):
    return actions.registreer_handhavingsverzoek(
        organisatie=nef,
        door=door,
        omschrijving="Verzoek om handhaving: schutting buren",
        verzoeker={"naam": "S. van der Meulen", "betrokkene_type": "natuurlijk_persoon", "postcode": "9101LJ"},
        ontvangen=kwargs.pop("ontvangen", D(2026, 3, 10)),
        **kwargs,
    )


def test_handhavingsverzoek_has_an_8_week_beslistermijn_with_atw(nef, handhaver):
    verzoek = _verzoek(nef, handhaver)
    # 2026-03-10 + 8 weeks = Tue 2026-05-05 (5 mei, Atw holiday every year) → Wed 2026-05-06.
    assert verzoek.zaak.uiterste_afdoeningsdatum == D(2026, 5, 6)
    assert verzoek.zaak.zaaktype.identificatie == "HANDHAVINGSVERZOEK"


def test_handhavingsverzoek_is_linked_and_ends_in_a_besluit_with_bezwaar(nef, handhaver, maak_hz):
    verzoek = _verzoek(nef, handhaver)
    hz = maak_hz()
    actions.koppel_verzoek(verzoek, hz, door=handhaver)
    assert verzoek.zaak.status.statustype.code == "onderzoek"
    with pytest.raises(HandhavingFout, match="Motiveer"):
        actions.beslis_op_verzoek(verzoek, door=handhaver, uitkomst="toegewezen", motivering="")
    actions.beslis_op_verzoek(
        verzoek,
        door=handhaver,
        uitkomst="toegewezen",
        motivering="Er is sprake van een overtreding; wij treden op.",
        datum=D(2026, 4, 20),
    )
    verzoek = Handhavingsverzoek.objects.get(pk=verzoek.pk)
    assert verzoek.besluit.uitkomst == "toegewezen"
    assert verzoek.zaak.is_afgesloten
    assert verzoek.zaak.resultaat.resultaattype.selectielijstklasse == "6.1.8"
    assert hz.verzoeken.get() == verzoek


def test_afgewezen_verzoek_gets_resultaat_afgewezen_and_only_a_handhaver_decides(nef, handhaver, vergunningverlener):
    verzoek = _verzoek(nef, handhaver)
    with pytest.raises(GeenBevoegdheid):
        actions.beslis_op_verzoek(verzoek, door=vergunningverlener, uitkomst="afgewezen", motivering="Geen overtreding")
    actions.beslis_op_verzoek(verzoek, door=handhaver, uitkomst="afgewezen", motivering="Geen overtreding")
    verzoek.zaak.refresh_from_db()
    assert verzoek.zaak.resultaat.resultaattype.code == "afgewezen"


def test_verzoek_can_start_its_own_handhavingszaak(nef, handhaver):
    verzoek = _verzoek(nef, handhaver)
    hz = actions.start_handhaving_uit_verzoek(verzoek, door=handhaver, overtreding="Bewoning van een bijgebouw")
    assert hz.aanleiding == "verzoek"
    assert hz.zaak.relaties_naar.filter(van=verzoek.zaak).exists()


def test_laad_interventiematrix_is_idempotent_and_keeps_changes_by_beheer(nef, dantumadiel, maak_hz, handhaver):
    import io

    from django.core.management import call_command

    from handhaving.models import Interventie, MatrixCel

    call_command("laad_interventiematrix", stdout=io.StringIO())
    assert MatrixCel.objects.filter(matrix__organisatie=dantumadiel).count() == 16
    cel = MatrixCel.objects.get(matrix__organisatie=nef, code="A1")
    cel.interventie = Interventie.objects.get(organisatie=nef, code="R2")
    cel.save()
    call_command("laad_interventiematrix", stdout=io.StringIO())
    assert MatrixCel.objects.get(matrix__organisatie=nef, code="A1").interventie.code == "R2"
    hz = maak_hz()
    actions.kies_interventie(hz, door=handhaver, gedrag="A", gevolgen=1)
    hz.refresh_from_db()
    assert hz.voorgestelde_interventie == "R2"  # the tenant's matrix, not the default R1

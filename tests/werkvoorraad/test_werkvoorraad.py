import datetime

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from viewflow.workflow.status import STATUS

from clo.accounts.rollen import Rol
from tests.vergunningen.conftest import doe_taak, open_taak
from zaken.models import Zaak
from zaken.werkvoorraad.models import Notificatie, Taakkenmerk
from zaken.werkvoorraad.termijnbewaking import voer_uit as termijnbewaking

TITEL = "Ontvankelijkheid beoordelen"


def test_nieuwe_aanvraag_staat_in_de_teamvoorraad_en_na_oppakken_bij_mij(aanvraag, behandelaar, client):
    zaak = aanvraag()
    client.force_login(behandelaar)
    team = client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode()
    assert zaak.identificatie in team
    km = open_taak(zaak, TITEL)
    client.post(reverse("werkvoorraad:oppakken", args=[km.pk]))
    mijn = client.get(reverse("werkvoorraad:index")).content.decode()
    assert zaak.identificatie in mijn and "Mijn taken: <strong>1</strong>" in mijn
    zaak.refresh_from_db()
    assert zaak.behandelaar == behandelaar


def test_vrijgeven_zet_de_taak_terug_in_de_teamvoorraad(aanvraag, behandelaar, collega, client):
    zaak = aanvraag()
    km = open_taak(zaak, TITEL)
    client.force_login(behandelaar)
    client.post(reverse("werkvoorraad:oppakken", args=[km.pk]))
    client.force_login(collega)
    antwoord = client.post(reverse("werkvoorraad:vrijgeven", args=[km.pk]), follow=True)
    assert "Alleen wie de taak heeft opgepakt" in antwoord.content.decode()
    client.force_login(behandelaar)
    client.post(reverse("werkvoorraad:vrijgeven", args=[km.pk]))
    km.task.refresh_from_db()
    assert km.task.status == STATUS.NEW and km.task.owner is None


def test_tweede_die_oppakt_krijgt_een_duidelijke_melding(aanvraag, behandelaar, collega, client):
    km = open_taak(aanvraag(), TITEL)
    client.force_login(behandelaar)
    client.post(reverse("werkvoorraad:oppakken", args=[km.pk]))
    client.force_login(collega)
    antwoord = client.post(reverse("werkvoorraad:oppakken", args=[km.pk]), follow=True)
    assert "Deze taak is net opgepakt door Test Vergunningverlener" in antwoord.content.decode()


def test_werkvoorraad_sorteert_op_termijn_en_filtert_verlopen(aanvraag, behandelaar, client):
    oud = aanvraag(datetime.date.today() - datetime.timedelta(days=70))
    nieuw = aanvraag()
    client.force_login(behandelaar)
    inhoud = client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode()
    assert inhoud.index(oud.identificatie) < inhoud.index(nieuw.identificatie)
    assert "termijn--verlopen" in inhoud
    verlopen = client.get(reverse("werkvoorraad:index"), {"lijst": "team", "termijn": "verlopen"}).content.decode()
    assert oud.identificatie in verlopen and nieuw.identificatie not in verlopen


def test_aantal_queries_groeit_niet_met_het_aantal_taken(aanvraag, behandelaar, client):
    client.force_login(behandelaar)
    aanvraag()
    client.get(reverse("werkvoorraad:index"), {"lijst": "team"})
    with CaptureQueriesContext(connection) as weinig:
        client.get(reverse("werkvoorraad:index"), {"lijst": "team"})
    zaken = [aanvraag() for _ in range(6)]
    _signaal(zaken[0])
    with CaptureQueriesContext(connection) as veel:
        antwoord = client.get(reverse("werkvoorraad:index"), {"lijst": "team"})
    assert antwoord.content.decode().count("Oppakken<span") == 7
    assert len(veel) == len(weinig)


def _signaal(zaak, naam: str = "Beschermd stadsgezicht Dokkum") -> None:
    from zaken.zoeken.models import Risicozone, ZaakSignaal

    zone = Risicozone.objects.create(
        organisatie=zaak.organisatie, naam=naam, soort="monument", melding="Welstandsadvies nodig.", geometrie={}
    )
    ZaakSignaal.objects.create(zaak=zaak, zone=zone)


def test_taak_van_een_zaak_met_signaal_toont_een_tekstmarkering_met_de_zone(aanvraag, behandelaar, client):
    client.force_login(behandelaar)
    met, zonder = aanvraag(), aanvraag()
    _signaal(met)
    inhoud = client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode()
    rijen = {z.identificatie: next(r for r in inhoud.split("<tr>") if z.identificatie in r) for z in (met, zonder)}
    assert ">Signaal<" in rijen[met.identificatie]
    assert 'title="Signaal: Monument' in rijen[met.identificatie]
    assert "Beschermd stadsgezicht Dokkum" in rijen[met.identificatie]
    assert "Signaal" not in rijen[zonder.identificatie]


def test_andere_rol_of_team_kan_de_taak_niet_oppakken(aanvraag, behandelaar, adviseur_ro, nef, maak_gebruiker, client):
    zaak = aanvraag()
    km = open_taak(zaak, TITEL)
    client.force_login(adviseur_ro)
    assert zaak.identificatie not in client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode()
    antwoord = client.post(reverse("werkvoorraad:oppakken", args=[km.pk]), follow=True)
    assert "andere rol of een ander team" in antwoord.content.decode()
    kcc = maak_gebruiker(nef, Rol.KCC)
    client.force_login(kcc)
    assert client.get(reverse("werkvoorraad:index")).status_code == 403


def test_taak_van_een_andere_gemeente_bestaat_niet(aanvraag, dantumadiel, maak_gebruiker, client):
    km = open_taak(aanvraag(), TITEL)
    ander = maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER)
    client.force_login(ander)
    assert client.get(reverse("werkvoorraad:taak", args=[km.pk])).status_code == 404
    antwoord = client.post(reverse("werkvoorraad:oppakken", args=[km.pk]), follow=True)
    assert "hoort niet bij uw organisatie" in antwoord.content.decode()
    km.task.refresh_from_db()
    assert km.task.owner is None
    assert client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).context["pagina"].paginator.count == 0


def test_teamleider_wijst_toe_met_reden_en_de_medewerker_krijgt_een_melding(
    aanvraag, behandelaar, collega, nef, maak_gebruiker, client
):
    teamleider = maak_gebruiker(nef, Rol.TEAMLEIDER)
    zaak = aanvraag()
    km = open_taak(zaak, TITEL)
    client.force_login(teamleider)
    zonder_reden = client.post(reverse("werkvoorraad:toewijzen", args=[km.pk]), {"medewerker": collega.pk, "reden": ""})
    assert zonder_reden.status_code == 200
    client.post(reverse("werkvoorraad:toewijzen", args=[km.pk]), {"medewerker": collega.pk, "reden": "Spoed"})
    km.task.refresh_from_db()
    assert km.task.owner == collega
    assert Notificatie.objects.filter(ontvanger=collega, zaak=zaak).exists()
    client.post(reverse("werkvoorraad:toewijzen", args=[km.pk]), {"medewerker": behandelaar.pk, "reden": "Ziek"})
    km.task.refresh_from_db()
    assert km.task.owner == behandelaar
    client.force_login(behandelaar)
    assert client.get(reverse("werkvoorraad:toewijzen", args=[km.pk])).status_code == 403


def test_teamleiderdashboard_toont_te_laat_per_medewerker(aanvraag, behandelaar, nef, maak_gebruiker, client):
    teamleider = maak_gebruiker(nef, Rol.TEAMLEIDER)
    zaak = aanvraag(datetime.date.today() - datetime.timedelta(days=70))
    doe_taak(client, behandelaar, zaak, TITEL, {"compleet": "ja"})  # next task lands with the behandelaar
    client.force_login(teamleider)
    antwoord = client.get(reverse("werkvoorraad:team"))
    rij = next(r for r in antwoord.context["per_medewerker"] if r["task__owner"] == behandelaar.pk)
    assert rij["verlopen"] == 1
    assert zaak.identificatie in antwoord.content.decode()


def test_termijnbewaking_waarschuwt_een_keer_in_de_app_en_per_mail(aanvraag, behandelaar, client):
    behandelaar.email = "behandelaar@example.nl"
    behandelaar.save()
    zaak = aanvraag(datetime.date.today() - datetime.timedelta(days=70))
    doe_taak(client, behandelaar, zaak, TITEL, {"compleet": "ja"})
    termijnbewaking()
    assert Taakkenmerk.objects.get(zaak=zaak, open=True).signaal == "verlopen"
    teksten = list(Notificatie.objects.filter(ontvanger=behandelaar).values_list("tekst", flat=True))
    assert any("is verlopen" in t for t in teksten) and any("beslistermijn" in t for t in teksten)
    assert len(mail.outbox) == 1 and zaak.identificatie in mail.outbox[0].body
    termijnbewaking()
    assert Notificatie.objects.filter(ontvanger=behandelaar).count() == len(teksten)
    assert len(mail.outbox) == 1
    client.force_login(behandelaar)
    assert f"Meldingen: <strong>{len(teksten)}</strong>" in client.get(reverse("werkvoorraad:index")).content.decode()


def test_taken_tab_op_de_zaak(aanvraag, behandelaar, client):
    zaak = aanvraag()
    client.force_login(behandelaar)
    inhoud = client.get(reverse("zaken:detail", args=[zaak.identificatie]), {"tab": "taken"}).content.decode()
    assert TITEL in inhoud and "In teamvoorraad" in inhoud
    assert Zaak.objects.get(pk=zaak.pk).proces is not None

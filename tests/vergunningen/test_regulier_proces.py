"""The regulier path through the real URLs, checked against DOMAIN.md §8 examples 1–4.

Received Thu 2026-12-17 → 8 weeks end Thu 2027-02-11 (ex. 1). Aanvullingsverzoek Mon 2027-01-04,
aanvulling received Mon 2027-01-18 → 13 suspended days under the project default (exclusive
count) → Wed 2027-02-24 (ex. 2). A 6-week verlenging on top → Wed 2027-04-07 (ex. 4 with the
default count; 2027-04-08 with 14 days)."""

import datetime

from django.urls import reverse
from viewflow.workflow.status import STATUS

from clo.audit.models import Gebeurtenis
from tests.vergunningen.conftest import doe_taak, open_taak
from vergunningen.models import Adviesverzoek
from zaken.werkvoorraad.models import Taakkenmerk

D = datetime.date


def test_volledig_regulier_pad_met_aanvulling_verlenging_advies_en_vier_ogen(
    aanvraag, behandelaar, collega, adviseur_ro, client, vandaag, django_capture_on_commit_callbacks
):
    zaak = aanvraag(D(2026, 12, 17))
    assert zaak.uiterste_afdoeningsdatum == D(2027, 2, 11)
    assert zaak.status.statustype.code == "ontvankelijkheid"
    assert open_taak(zaak, "Ontvankelijkheid beoordelen").deadline == D(2027, 2, 11)

    vandaag(D(2027, 1, 4))
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Ontvankelijkheid beoordelen",
        {
            "compleet": "nee",
            "reden": "Constructieberekening ontbreekt",
            "verzonden_op": "2027-01-04",
            "termijn_tot": "2027-01-18",
        },
    )
    zaak.refresh_from_db()
    assert zaak.status.statustype.code == "aanvulling_gevraagd"
    assert zaak.behandelaar == behandelaar
    assert open_taak(zaak, "Aanvulling registreren").deadline == D(2027, 1, 18)

    vandaag(D(2027, 1, 18))
    doe_taak(
        client, behandelaar, zaak, "Aanvulling registreren", {"uitkomst": "ontvangen", "ontvangen_op": "2027-01-18"}
    )
    zaak.refresh_from_db()
    assert zaak.uiterste_afdoeningsdatum == D(2027, 2, 24)
    assert zaak.status.statustype.code == "ontvankelijkheid"

    doe_taak(client, behandelaar, zaak, "Ontvankelijkheid beoordelen", {"compleet": "ja"})
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Adviezen uitzetten",
        {"intern": ["RO"], "vraag": "Past de schuur in het omgevingsplan?", "deadline": "2027-02-01"},
    )
    zaak.refresh_from_db()
    assert zaak.status.statustype.code == "in_behandeling"
    advies_taak = open_taak(zaak, "Advies geven (RO)")
    assert advies_taak.deadline == D(2027, 2, 1) and advies_taak.task.owner is None

    vandaag(D(2027, 2, 1))
    client.force_login(behandelaar)
    antwoord = client.post(
        reverse("vergunningen:verlengen", args=[zaak.identificatie]),
        {"reden": "Advies welstand vergt meer tijd", "besloten_op": "2027-02-01"},
    )
    assert antwoord.status_code == 302
    zaak.refresh_from_db()
    assert zaak.uiterste_afdoeningsdatum == D(2027, 4, 7)
    assert open_taak(zaak, "Inhoudelijk beoordelen").deadline == D(2027, 4, 7)

    doe_taak(client, adviseur_ro, zaak, "Advies geven (RO)", {"antwoord": "Past binnen het omgevingsplan."})
    assert Adviesverzoek.objects.get(zaak=zaak).status == "ontvangen"
    doe_taak(client, behandelaar, zaak, "Inhoudelijk beoordelen", {"bevindingen": "Voldoet aan het Bbl."})
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Conceptbesluit opstellen",
        {"uitkomst": "verleend", "toelichting": "Voldoet aan alle eisen.", "voorschriften": ""},
    )

    # Four eyes: the author can neither pick up nor complete the toets.
    toets = open_taak(zaak, "Collegiale toets")
    client.force_login(behandelaar)
    client.post(reverse("werkvoorraad:oppakken", args=[toets.pk]))
    toets.task.refresh_from_db()
    assert toets.task.owner is None

    doe_taak(client, collega, zaak, "Collegiale toets", {"akkoord": "ja", "opmerking": ""})
    with django_capture_on_commit_callbacks(execute=True):
        doe_taak(client, behandelaar, zaak, "Besluit vastleggen", {"datum": "2027-02-01"})

    zaak.refresh_from_db()
    assert zaak.einddatum == D(2027, 2, 1)
    assert zaak.resultaat.resultaattype.code == "verleend"
    assert zaak.status.statustype.code == "afgehandeld"
    assert zaak.archiefnominatie == "blijvend_bewaren"
    assert zaak.besluiten.get().verzenddatum == D(2027, 2, 1)
    assert zaak.proces.status == "DONE"
    assert not Taakkenmerk.objects.filter(zaak=zaak, open=True).exists()
    acties = set(Gebeurtenis.objects.filter(zaak_id=zaak.pk).values_list("actie", flat=True))
    assert {
        "termijn.opgeschort",
        "termijn.hervat",
        "termijn.verlengd",
        "advies.ontvangen",
        "besluit.vastgelegd",
        "taak.opgepakt",
        "taak.afgerond",
        "zaak.afgesloten",
    } <= acties


def test_niet_akkoord_bij_toets_stuurt_het_concept_terug_naar_de_opsteller(aanvraag, behandelaar, collega, client):
    zaak = aanvraag()
    doe_taak(client, behandelaar, zaak, "Ontvankelijkheid beoordelen", {"compleet": "ja"})
    doe_taak(client, behandelaar, zaak, "Adviezen uitzetten", {})
    doe_taak(client, behandelaar, zaak, "Inhoudelijk beoordelen", {"bevindingen": "Te hoog."})
    doe_taak(client, behandelaar, zaak, "Conceptbesluit opstellen", {"uitkomst": "geweigerd", "toelichting": "Te hoog"})
    doe_taak(client, collega, zaak, "Collegiale toets", {"akkoord": "nee", "opmerking": "Motiveer met het plan."})
    terug = open_taak(zaak, "Conceptbesluit opstellen")
    assert terug.task.owner == behandelaar and terug.task.status == STATUS.ASSIGNED


def test_vier_ogen_ook_bij_toewijzing_door_teamleider(aanvraag, behandelaar, nef, maak_gebruiker, client):
    teamleider = maak_gebruiker(nef, "teamleider")
    zaak = aanvraag()
    doe_taak(client, behandelaar, zaak, "Ontvankelijkheid beoordelen", {"compleet": "ja"})
    doe_taak(client, behandelaar, zaak, "Adviezen uitzetten", {})
    doe_taak(client, behandelaar, zaak, "Inhoudelijk beoordelen", {"bevindingen": "Goed."})
    doe_taak(client, behandelaar, zaak, "Conceptbesluit opstellen", {"uitkomst": "verleend", "toelichting": "Goed"})
    toets = open_taak(zaak, "Collegiale toets")
    client.force_login(teamleider)
    antwoord = client.post(
        reverse("werkvoorraad:toewijzen", args=[toets.pk]), {"medewerker": behandelaar.pk, "reden": "Vakantie collega"}
    )
    assert "Vier-ogenprincipe" in antwoord.content.decode()
    toets.task.refresh_from_db()
    assert toets.task.owner is None


def test_niet_aangevuld_wordt_buiten_behandeling_gesteld_na_de_termijn(aanvraag, behandelaar, client, vandaag):
    zaak = aanvraag(D(2026, 12, 17))
    vandaag(D(2027, 1, 4))
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Ontvankelijkheid beoordelen",
        {"compleet": "nee", "reden": "Tekening ontbreekt", "verzonden_op": "2027-01-04", "termijn_tot": "2027-01-18"},
    )
    vandaag(D(2027, 1, 18))
    te_vroeg = doe_taak(
        client, behandelaar, zaak, "Aanvulling registreren", {"uitkomst": "verstreken"}, verwacht_ok=False
    )
    assert "loopt nog tot en met 18-01-2027" in te_vroeg.content.decode()
    vandaag(D(2027, 1, 19))
    doe_taak(client, behandelaar, zaak, "Aanvulling registreren", {"uitkomst": "verstreken"})
    zaak.refresh_from_db()
    assert zaak.resultaat.resultaattype.code == "buiten_behandeling"
    assert zaak.opschortingen.get().einddatum == D(2027, 1, 18)
    assert zaak.einddatum == D(2027, 1, 19)


def test_verlenging_na_de_oorspronkelijke_termijn_wordt_geweigerd(aanvraag, behandelaar, client, vandaag):
    zaak = aanvraag(D(2026, 12, 17))
    vandaag(D(2027, 2, 12))
    client.force_login(behandelaar)
    antwoord = client.post(
        reverse("vergunningen:verlengen", args=[zaak.identificatie]),
        {"reden": "Te laat", "besloten_op": "2027-02-12"},
        follow=True,
    )
    assert "te laat" in antwoord.content.decode()
    zaak.refresh_from_db()
    assert zaak.uiterste_afdoeningsdatum == D(2027, 2, 11)
    assert not zaak.verlengingen.exists()

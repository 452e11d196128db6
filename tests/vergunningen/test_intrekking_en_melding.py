import datetime

from django.urls import reverse

from tests.vergunningen.conftest import doe_taak, open_taak
from vergunningen.actions import registreer_advies, start_proces
from vergunningen.models import Adviesverzoek
from zaken.werkvoorraad.models import Taakkenmerk, ZaakProces

D = datetime.date


def test_intrekking_midden_in_de_adviesronde_breekt_het_proces_af(aanvraag, behandelaar, client):
    zaak = aanvraag()
    doe_taak(client, behandelaar, zaak, "Ontvankelijkheid beoordelen", {"compleet": "ja"})
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Adviezen uitzetten",
        {
            "intern": ["RO", "JZ"],
            "vraag": "Graag advies",
            "deadline": (zaak.startdatum + datetime.timedelta(days=30)).isoformat(),
        },
    )
    assert Taakkenmerk.objects.filter(zaak=zaak, open=True).count() == 3
    client.force_login(behandelaar)
    antwoord = client.post(
        reverse("vergunningen:intrekken", args=[zaak.identificatie]),
        {"reden": "Aanvrager belde op 23-11: ziet af van de schuur"},
    )
    assert antwoord.status_code == 302
    zaak.refresh_from_db()
    assert zaak.resultaat.resultaattype.code == "ingetrokken"
    assert zaak.status.statustype.code == "afgehandeld"
    assert ZaakProces.objects.get(zaak=zaak).status == "CANCELED"
    assert not Taakkenmerk.objects.filter(zaak=zaak, open=True).exists()
    assert set(Adviesverzoek.objects.filter(zaak=zaak).values_list("status", flat=True)) == {"vervallen"}


def test_intrekking_vraagt_een_reden_en_kan_maar_een_keer(aanvraag, behandelaar, client):
    zaak = aanvraag()
    client.force_login(behandelaar)
    client.post(reverse("vergunningen:intrekken", args=[zaak.identificatie]), {"reden": ""})
    zaak.refresh_from_db()
    assert zaak.einddatum is None
    client.post(reverse("vergunningen:intrekken", args=[zaak.identificatie]), {"reden": "Per brief"})
    antwoord = client.post(
        reverse("vergunningen:intrekken", args=[zaak.identificatie]), {"reden": "Nogmaals"}, follow=True
    )
    assert "al afgesloten" in antwoord.content.decode()


def test_extern_advies_via_registreer_advies_vervolgt_het_proces(aanvraag, behandelaar, client):
    zaak = aanvraag()
    doe_taak(client, behandelaar, zaak, "Ontvankelijkheid beoordelen", {"compleet": "ja"})
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Adviezen uitzetten",
        {
            "ketenpartner": "Veiligheidsregio Fryslân",
            "ketenpartner_oin": "00000001234567890000",
            "vraag": "Brandveiligheid?",
            "deadline": (zaak.startdatum + datetime.timedelta(days=30)).isoformat(),
        },
    )
    doe_taak(client, behandelaar, zaak, "Inhoudelijk beoordelen", {"bevindingen": "In orde."})
    assert not Taakkenmerk.objects.filter(zaak=zaak, titel="Conceptbesluit opstellen").exists()
    registreer_advies(Adviesverzoek.objects.get(zaak=zaak), door=None, antwoord="Geen bezwaar.")
    assert open_taak(zaak, "Conceptbesluit opstellen").task.owner == behandelaar


def test_registratie_van_een_zaak_start_het_proces_van_het_zaaktype(
    nef, behandelaar, maak_zaak, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        zaak = maak_zaak(nef, behandelaar, identificatie="MELDING-ACTIVITEIT")
    assert ZaakProces.objects.get(zaak=zaak).flow_class.__name__ == "MeldingFlow"
    assert start_proces(zaak, door=behandelaar) == ZaakProces.objects.get(zaak=zaak)  # idempotent


def test_melding_met_aanvulling_wordt_verwerkt(aanvraag, behandelaar, client):
    zaak = aanvraag(identificatie="MELDING-ACTIVITEIT")
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Melding beoordelen",
        {"uitkomst": "aanvulling", "reden": "Situatieschets ontbreekt", "termijn_tot": "2030-01-01"},
    )
    doe_taak(client, behandelaar, zaak, "Aanvulling melding registreren", {"uitkomst": "ontvangen"})
    doe_taak(client, behandelaar, zaak, "Melding beoordelen", {"uitkomst": "akkoord"})
    zaak.refresh_from_db()
    assert zaak.status.statustype.code == "beoordeeld"
    doe_taak(client, behandelaar, zaak, "Melding afhandelen", {"toelichting": ""})
    zaak.refresh_from_db()
    assert zaak.resultaat.resultaattype.code == "verwerkt"
    assert zaak.archiefnominatie and zaak.einddatum


def test_uitgebreid_met_terinzagelegging_en_zienswijzen(
    aanvraag, behandelaar, collega, client, vandaag, django_capture_on_commit_callbacks
):
    zaak = aanvraag(identificatie="AANVRAAG-UITGEBREID")
    doe_taak(client, behandelaar, zaak, "Ontvankelijkheid beoordelen", {"compleet": "ja"})
    doe_taak(client, behandelaar, zaak, "Adviezen uitzetten", {})
    doe_taak(client, behandelaar, zaak, "Inhoudelijk beoordelen", {"bevindingen": "Buitenplans, maar passend."})
    doe_taak(client, behandelaar, zaak, "Ontwerpbesluit opstellen", {"uitkomst": "verleend", "toelichting": "Ontwerp"})
    vandaag(D(2027, 3, 17))
    doe_taak(client, behandelaar, zaak, "Ontwerp ter inzage leggen", {"ter_inzage_op": "2027-03-17"})
    zaak.refresh_from_db()
    assert zaak.status.statustype.code == "ontwerp_ter_inzage"
    # DOMAIN.md §8 ex. 10: day 42 is Koningsdag 27-04-2027 → Wed 28-04-2027.
    assert open_taak(zaak, "Zienswijzen registreren").deadline == D(2027, 4, 28)
    vandaag(D(2027, 4, 28))
    te_vroeg = doe_taak(client, behandelaar, zaak, "Zienswijzen registreren", {"zienswijzen": ""}, verwacht_ok=False)
    assert "loopt tot en met 28-04-2027" in te_vroeg.content.decode()
    vandaag(D(2027, 4, 29))
    doe_taak(
        client,
        behandelaar,
        zaak,
        "Zienswijzen registreren",
        {"zienswijzen": "Buurman Hoekstra | 20-04-2027 | Vreest schaduw in de tuin"},
    )
    doe_taak(client, behandelaar, zaak, "Zienswijzen verwerken", {"verwerking": "Schaduw valt binnen de norm."})
    zaak.refresh_from_db()
    assert zaak.status.statustype.code == "zienswijzen_verwerkt"
    assert zaak.zienswijzen.get().verwerking == "Schaduw valt binnen de norm."
    doe_taak(
        client, behandelaar, zaak, "Conceptbesluit opstellen", {"uitkomst": "verleend", "toelichting": "Definitief"}
    )
    doe_taak(client, collega, zaak, "Collegiale toets", {"akkoord": "ja"})
    with django_capture_on_commit_callbacks(execute=True):
        doe_taak(client, behandelaar, zaak, "Besluit vastleggen", {"datum": "2027-04-29"})
    zaak.refresh_from_db()
    assert zaak.resultaat.resultaattype.code == "verleend" and zaak.einddatum == D(2027, 4, 29)

"""The search page (list + map data) and the map page, as a user meets them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clo.accounts.middleware import SESSION_KEY
from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from zaken.zoeken.models import Risicozone

KOLLUM = ("Voorstraat", "21", "9291CE", "Kollum", 53.2776, 6.1543)


def test_results_link_to_the_zaak_and_show_map_data_with_layers(client, nef, vergunningverlener, zoekzaak):
    aanvraag = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    controle = zoekzaak(nef, vergunningverlener, "Controle dakkapel", zaaktype="CONTROLE")
    client.force_login(vergunningverlener)
    pagina = client.get(reverse("zoeken:zoeken"), {"q": "dakkapel"}).content.decode()
    assert f'href="{reverse("zaken:detail", args=[aanvraag.identificatie])}"' in pagina
    data = client.get(reverse("zoeken:kaart-gegevens"), {"q": "dakkapel"}).json()
    lagen = {p["identificatie"]: p["laag"] for p in data["punten"]}
    assert lagen == {aanvraag.identificatie: "vergunning", controle.identificatie: "toezicht"}
    assert data["punten"][0]["url"].startswith("/zaken/")


def test_htmx_filter_returns_only_the_results_fragment(client, nef, vergunningverlener, zoekzaak):
    zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    melding = zoekzaak(nef, vergunningverlener, "Sloop dakkapel", zaaktype="MELDING-ACTIVITEIT")
    client.force_login(vergunningverlener)
    antwoord = client.get(reverse("zoeken:zoeken"), {"q": "dakkapel", "zaaktype": "MELDING-ACTIVITEIT"},
                          HTTP_HX_REQUEST="true", HTTP_HX_TARGET="zoekresultaten")
    inhoud = antwoord.content.decode()
    assert "<html" not in inhoud and melding.identificatie in inhoud and "1 zaak " in inhoud


def test_results_page_query_count_does_not_grow_with_the_results(client, nef, vergunningverlener, zoekzaak):
    client.force_login(vergunningverlener)
    zoekzaak(nef, vergunningverlener, "Bouwen schuur")
    client.get(reverse("zoeken:zoeken"), {"q": "schuur"})
    with CaptureQueriesContext(connection) as weinig:
        client.get(reverse("zoeken:zoeken"), {"q": "schuur"})
    for i in range(4):
        zoekzaak(nef, vergunningverlener, f"Bouwen schuur {i}")
    with CaptureQueriesContext(connection) as veel:
        client.get(reverse("zoeken:zoeken"), {"q": "schuur"})
    assert len(veel) == len(weinig)


def test_map_shows_only_own_tenant_and_its_risk_zones(client, nef, dantumadiel, vergunningverlener, maak_gebruiker,
                                                      zoekzaak):
    eigen = zoekzaak(nef, vergunningverlener, "Bouwen schuur", adres=KOLLUM)
    zoekzaak(dantumadiel, maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER), "Bouwen schuur")
    vlak = {"type": "Polygon", "coordinates": [[[5.9, 53.2], [6.1, 53.2], [6.1, 53.3], [5.9, 53.2]]]}
    Risicozone.objects.create(organisatie=dantumadiel, naam="Geluidszone Dantumadiel", soort="geluidszone",
                              melding="-", geometrie=vlak)
    client.force_login(vergunningverlener)
    assert client.get(reverse("zoeken:kaart")).status_code == 200
    data = client.get(reverse("zoeken:kaart-gegevens")).json()
    assert [p["identificatie"] for p in data["punten"]] == [eigen.identificatie]
    assert data["zones"]["features"] == []


def test_member_of_two_tenants_may_search_the_other_and_open_its_zaak(client, nef, dantumadiel, vergunningverlener,
                                                                      maak_gebruiker, zoekzaak):
    ander = zoekzaak(dantumadiel, maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER), "Bouwen schuur Damwald")
    client.force_login(vergunningverlener)
    zonder_lidmaatschap = client.get(reverse("zoeken:zoeken"), {"q": "schuur", "organisatie": dantumadiel.pk})
    assert ander.identificatie not in zonder_lidmaatschap.content.decode()
    Lidmaatschap.objects.create(medewerker=vergunningverlener, organisatie=dantumadiel,
                                rollen=[Rol.VERGUNNINGVERLENER])
    sessie = client.session
    sessie[SESSION_KEY] = nef.pk  # active tenant stays Noardeast-Fryslân
    sessie.save()
    pagina = client.get(reverse("zoeken:zoeken"), {"q": "schuur", "organisatie": dantumadiel.pk}).content.decode()
    link = reverse("zoeken:open", args=[dantumadiel.pk, ander.identificatie])
    assert link in pagina
    assert client.get(link, follow=True).redirect_chain[-1][0] == reverse("zaken:detail", args=[ander.identificatie])


def test_open_in_a_tenant_without_membership_is_not_found(client, nef, dantumadiel, vergunningverlener):
    client.force_login(vergunningverlener)
    assert client.get(reverse("zoeken:open", args=[dantumadiel.pk, "DAN-2026-000001"])).status_code == 404

"""Another tenant's zaak answers 404 on every URL, never 403 (its existence stays hidden)."""

import pytest
from django.urls import reverse

from clo.accounts.rollen import Rol


@pytest.fixture
def vreemde_zaak(dantumadiel, maak_gebruiker, maak_zaak, maak_document):
    eigenaar = maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER)
    zaak = maak_zaak(dantumadiel, eigenaar)
    document = maak_document(zaak, eigenaar)
    return zaak, document


def zaak_urls(zaak, document):
    ident = zaak.identificatie
    return [
        ("get", reverse("zaken:detail", args=[ident])),
        *[
            ("get", reverse("zaken:detail", args=[ident]) + f"?tab={t}")
            for t in ["overzicht", "betrokkenen", "documenten", "locatie", "tijdlijn"]
        ],
        ("get", reverse("zaken:document-download", args=[ident, document.uuid])),
        ("post", reverse("zaken:document-toevoegen", args=[ident])),
        ("post", reverse("zaken:document-definitief", args=[ident, document.uuid])),
    ]


def test_every_url_of_another_tenants_zaak_is_not_found(client, vergunningverlener, vreemde_zaak):
    client.force_login(vergunningverlener)
    for method, url in zaak_urls(*vreemde_zaak):
        response = getattr(client, method)(url)
        assert response.status_code == 404, url


def test_zaak_of_own_tenant_is_visible(client, vergunningverlener, nef, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    client.force_login(vergunningverlener)
    response = client.get(reverse("zaken:detail", args=[zaak.identificatie]))
    assert response.status_code == 200
    assert zaak.identificatie in response.content.decode()


def test_zaken_list_shows_only_own_tenant(client, vergunningverlener, nef, maak_zaak, vreemde_zaak):
    eigen = maak_zaak(nef, vergunningverlener)
    client.force_login(vergunningverlener)
    inhoud = client.get(reverse("zaken:lijst")).content.decode()
    assert eigen.identificatie in inhoud
    assert vreemde_zaak[0].identificatie not in inhoud


def test_user_in_both_tenants_switches_and_then_sees_the_other_tenant(
    client, nef, dantumadiel, maak_gebruiker, maak_zaak, vreemde_zaak
):
    from clo.accounts.models import Lidmaatschap

    user = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER)
    Lidmaatschap.objects.create(medewerker=user, organisatie=dantumadiel, rollen=[Rol.VERGUNNINGVERLENER])
    client.force_login(user)
    url = reverse("zaken:detail", args=[vreemde_zaak[0].identificatie])
    client.post(reverse("wissel-organisatie"), {"organisatie": nef.pk, "next": "/zaken/"})
    assert client.get(url).status_code == 404
    client.post(reverse("wissel-organisatie"), {"organisatie": dantumadiel.pk, "next": "/zaken/"})
    assert client.get(url).status_code == 200


def test_switching_to_a_tenant_without_membership_is_refused(client, vergunningverlener, dantumadiel, vreemde_zaak):
    client.force_login(vergunningverlener)
    client.post(reverse("wissel-organisatie"), {"organisatie": dantumadiel.pk})
    assert client.get(reverse("zaken:detail", args=[vreemde_zaak[0].identificatie])).status_code == 404

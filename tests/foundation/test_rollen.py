"""Role checks: what each role may do, per tenant, zaaktype and vertrouwelijkheid."""

import pytest
from django.urls import reverse

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from tests.fixtures import zaaktype


def test_anonymous_user_is_sent_to_login(client):
    response = client.get(reverse("zaken:lijst"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_user_without_membership_gets_forbidden(client, django_user_model):
    user = django_user_model.objects.create_user("los", password="x-Wachtwoord-1")
    client.force_login(user)
    assert client.get(reverse("zaken:lijst")).status_code == 403


@pytest.mark.parametrize(
    "rol, lijst, registreren, upload",
    [
        (Rol.VERGUNNINGVERLENER, 200, 200, True),
        (Rol.KCC, 403, 200, False),
        (Rol.AUDITOR, 200, 403, False),
        (Rol.ADVISEUR, 200, 403, True),
        (Rol.FUNCTIONEEL_BEHEERDER, 200, 403, False),
    ],
)
def test_role_permissions(client, nef, maak_gebruiker, maak_zaak, vergunningverlener, rol, lijst, registreren, upload):
    zaak = maak_zaak(nef, vergunningverlener)
    user = maak_gebruiker(nef, rol)
    client.force_login(user)
    assert client.get(reverse("zaken:lijst")).status_code == lijst
    assert client.get(reverse("zaken:registreren")).status_code == registreren
    response = client.post(reverse("zaken:document-toevoegen", args=[zaak.identificatie]), {})
    assert (response.status_code == 302) == upload


def test_roles_stack(client, nef, maak_gebruiker):
    user = maak_gebruiker(nef, Rol.KCC, Rol.AUDITOR)
    client.force_login(user)
    assert client.get(reverse("zaken:lijst")).status_code == 200
    assert client.get(reverse("zaken:registreren")).status_code == 200


def test_zaaktype_restriction_hides_other_zaaktypen(client, nef, maak_gebruiker, maak_zaak, vergunningverlener):
    melding = maak_zaak(nef, vergunningverlener, identificatie="MELDING-ACTIVITEIT")
    aanvraag = maak_zaak(nef, vergunningverlener)
    beperkt = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER)
    Lidmaatschap.objects.get(medewerker=beperkt).zaaktypen.add(zaaktype(nef, "MELDING-ACTIVITEIT"))
    client.force_login(beperkt)
    assert client.get(reverse("zaken:detail", args=[melding.identificatie])).status_code == 200
    assert client.get(reverse("zaken:detail", args=[aanvraag.identificatie])).status_code == 404


def test_vertrouwelijkheid_above_maximum_is_hidden(client, nef, maak_gebruiker, maak_zaak, vergunningverlener):
    geheim = maak_zaak(nef, vergunningverlener, vertrouwelijkheidaanduiding="geheim")
    client.force_login(maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, max_vertrouwelijkheid="vertrouwelijk"))
    assert client.get(reverse("zaken:detail", args=[geheim.identificatie])).status_code == 404
    client.force_login(maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, max_vertrouwelijkheid="geheim"))
    assert client.get(reverse("zaken:detail", args=[geheim.identificatie])).status_code == 200


def test_bsn_is_masked_for_roles_without_bsn_right_and_every_view_is_logged(
    client, nef, maak_gebruiker, maak_zaak, vergunningverlener
):
    from clo.audit.models import Verwerking

    zaak = maak_zaak(nef, vergunningverlener)
    url = reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=betrokkenen"
    client.force_login(maak_gebruiker(nef, Rol.AUDITOR))
    assert "999993653" not in client.get(url).content.decode()
    client.force_login(vergunningverlener)
    assert "999993653" in client.get(url).content.decode()
    logs = Verwerking.objects.filter(zaak_id=zaak.pk, object_id="999993653", actie_naam="Inzien")
    assert logs.count() == 2
    assert {log.gebruiker_id for log in logs} >= {vergunningverlener.pk}

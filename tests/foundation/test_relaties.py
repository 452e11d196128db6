"""Relating zaken: one tenant only, idempotent, logged on both zaken, shown on the overzicht."""

import pytest
from django.urls import reverse

from clo.accounts.rollen import Rol
from clo.audit.models import Gebeurtenis
from zaken.actions import ZaakFout, relateer_zaak
from zaken.models import ZaakRelatie


def test_relating_two_zaken_logs_an_event_on_both(nef, vergunningverlener, maak_zaak):
    van, naar = maak_zaak(nef, vergunningverlener), maak_zaak(nef, vergunningverlener)
    relatie = relateer_zaak(van, naar, door=vergunningverlener, aard="onderwerp")
    assert (relatie.van, relatie.naar, relatie.aard) == (van, naar, "onderwerp")
    for zaak, andere in ((van, naar), (naar, van)):
        gebeurtenis = Gebeurtenis.objects.get(zaak_id=zaak.pk, actie="zaak.gerelateerd")
        assert andere.identificatie in gebeurtenis.omschrijving
        assert gebeurtenis.actor == vergunningverlener


def test_relating_an_existing_pair_again_changes_nothing(nef, vergunningverlener, maak_zaak):
    van, naar = maak_zaak(nef, vergunningverlener), maak_zaak(nef, vergunningverlener)
    eerste = relateer_zaak(van, naar, door=vergunningverlener, aard="onderwerp")
    tweede = relateer_zaak(van, naar, door=vergunningverlener, aard="vervolg")
    assert tweede.pk == eerste.pk and tweede.aard == "onderwerp"
    assert ZaakRelatie.objects.filter(van=van, naar=naar).count() == 1
    assert Gebeurtenis.objects.filter(actie="zaak.gerelateerd").count() == 2


def test_zaken_of_different_tenants_cannot_be_related(nef, dantumadiel, vergunningverlener, maak_gebruiker, maak_zaak):
    eigen = maak_zaak(nef, vergunningverlener)
    vreemd = maak_zaak(dantumadiel, maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER))
    with pytest.raises(ZaakFout, match="verschillende organisaties"):
        relateer_zaak(eigen, vreemd, door=vergunningverlener)
    assert not ZaakRelatie.objects.exists()
    assert not Gebeurtenis.objects.filter(actie="zaak.gerelateerd").exists()


def test_a_zaak_cannot_be_related_to_itself(nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    with pytest.raises(ZaakFout):
        relateer_zaak(zaak, zaak, door=vergunningverlener)


def test_overzicht_links_related_zaken_in_both_directions(client, nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    vervolg = maak_zaak(nef, vergunningverlener, omschrijving="Vervolgcontrole schuur")
    relateer_zaak(vervolg, zaak, door=vergunningverlener, aard="vervolg")
    client.force_login(vergunningverlener)
    html = client.get(reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=overzicht").content.decode()
    assert "Gerelateerde zaken" in html
    assert f'href="{reverse("zaken:detail", args=[vervolg.identificatie])}"' in html
    html = client.get(reverse("zaken:detail", args=[vervolg.identificatie]) + "?tab=overzicht").content.decode()
    assert f'href="{reverse("zaken:detail", args=[zaak.identificatie])}"' in html


def test_overzicht_hides_related_zaken_the_user_may_not_see(client, nef, vergunningverlener, maak_gebruiker, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    geheim = maak_zaak(nef, vergunningverlener, vertrouwelijkheidaanduiding="geheim")
    relateer_zaak(zaak, geheim, door=vergunningverlener)
    client.force_login(vergunningverlener)
    html = client.get(reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=overzicht").content.decode()
    assert geheim.identificatie not in html


def test_snelle_select_escapes_option_labels_and_values():
    from django.utils.safestring import mark_safe

    from clo.core.widgets import SnelleSelect

    widget = SnelleSelect(choices=[("a\"b", "<script>x</script> & co"), ("veilig", mark_safe("<b>ok</b>"))])
    html = widget.render("veld", "a\"b")
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt; &amp; co" in html
    assert 'value="a&quot;b" selected' in html
    assert "<b>ok</b>" in html

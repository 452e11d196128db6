"""Contactmomenten of the organisatie, including general questions without a zaak."""

from django.urls import reverse

from clo.accounts.rollen import Rol
from clo.audit.models import Gebeurtenis
from zaken.kcc.actions import registreer_contactmoment
from zaken.kcc.models import Contactmoment

URL = "kcc:contactmomenten"


def test_kcc_registreert_een_algemene_vraag_en_ziet_die_in_de_lijst(client, kcc, nef):
    client.force_login(kcc)
    antwoord = client.post(
        reverse(URL),
        {
            "kanaal": "balie",
            "vraag": "Heb ik een vergunning nodig voor een schutting van 2 meter?",
            "antwoord": "Verwezen naar de vergunningcheck op het Omgevingsloket.",
        },
        follow=True,
    )
    inhoud = antwoord.content.decode()
    assert "De vraag is geregistreerd." in inhoud
    assert "schutting van 2 meter" in inhoud and "Verwezen naar de vergunningcheck" in inhoud
    cm = Contactmoment.objects.get()
    assert cm.zaak is None and cm.organisatie == nef and cm.medewerker == kcc and cm.kanaal == "balie"
    # No zaak tijdlijn, but still in the audit trail.
    assert Gebeurtenis.objects.filter(actie="kcc.contactmoment", zaak_id=None, object_id=str(cm.pk)).exists()


def test_lege_vraag_geeft_een_melding_en_slaat_niets_op(client, kcc):
    client.force_login(kcc)
    antwoord = client.post(reverse(URL), {"kanaal": "telefoon", "vraag": "   ", "antwoord": ""}, follow=True)
    assert "niet geregistreerd" in antwoord.content.decode()
    assert not Contactmoment.objects.exists()


def test_lijst_toont_alleen_de_eigen_organisatie_en_filtert(
    client, kcc, nef, dantumadiel, maak_gebruiker, behandelde_zaak
):
    collega = maak_gebruiker(nef, Rol.KCC, username="kcc.kim")
    anders = maak_gebruiker(dantumadiel, Rol.KCC, username="kcc.dan")
    registreer_contactmoment(organisatie=nef, door=kcc, kanaal="telefoon", vraag="Openingstijden balie?")
    registreer_contactmoment(
        organisatie=nef, door=collega, kanaal="email", vraag="Stand van mijn aanvraag?", zaak=behandelde_zaak
    )
    registreer_contactmoment(organisatie=dantumadiel, door=anders, kanaal="telefoon", vraag="Vraag in Dantumadiel")
    client.force_login(kcc)

    def vragen(**filters) -> list[str]:
        pagina = client.get(reverse(URL), filters).context["pagina"]
        return [cm.vraag for cm in pagina]

    assert sorted(vragen()) == ["Openingstijden balie?", "Stand van mijn aanvraag?"]
    assert vragen(zaak="zonder") == ["Openingstijden balie?"]
    assert vragen(zaak="met") == ["Stand van mijn aanvraag?"]
    assert vragen(kanaal="email") == ["Stand van mijn aanvraag?"]
    assert vragen(mijn="on") == ["Openingstijden balie?"]
    inhoud = client.get(reverse(URL)).content.decode()
    assert reverse("kcc:zaak", args=[behandelde_zaak.identificatie]) in inhoud


def test_vraag_wordt_ontsnapt(client, kcc, nef):
    registreer_contactmoment(organisatie=nef, door=kcc, kanaal="telefoon", vraag="<script>alert(1)</script>")
    client.force_login(kcc)
    inhoud = client.get(reverse(URL)).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in inhoud and "<script>alert(1)" not in inhoud


def test_zonder_kcc_recht_geen_toegang(client, vergunningverlener):
    client.force_login(vergunningverlener)
    assert client.get(reverse(URL)).status_code == 403
    assert client.post(reverse(URL), {"kanaal": "telefoon", "vraag": "x"}).status_code == 403
    assert not Contactmoment.objects.exists()

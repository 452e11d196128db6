"""Contactmomenten: recorded on the zaak; a terugbelverzoek becomes a task for the behandelaar
(notification in the werkvoorraad and a mail)."""

from django.core import mail
from django.urls import reverse

from clo.accounts.rollen import Rol
from clo.audit.models import Gebeurtenis
from zaken.kcc.models import Contactmoment


def _registreer(client, zaak, **data):
    velden = {"kanaal": "telefoon", "vraag": "Wanneer krijg ik een besluit?", "antwoord": "", "vervolg": "geen",
              "terugbelnummer": ""} | data
    return client.post(reverse("kcc:contactmoment", args=[zaak.identificatie]), velden, follow=True)


def test_contactmoment_is_recorded_on_the_zaak_tijdlijn(client, kcc, behandelde_zaak,
                                                        django_capture_on_commit_callbacks):
    client.force_login(kcc)
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = _registreer(client, behandelde_zaak, antwoord="Uiterlijk op de genoemde datum.")
    assert "Het contactmoment is geregistreerd." in antwoord.content.decode()
    cm = Contactmoment.objects.get(zaak=behandelde_zaak)
    assert cm.medewerker == kcc and cm.kanaal == "telefoon"
    assert Gebeurtenis.objects.filter(zaak_id=behandelde_zaak.pk, actie="kcc.contactmoment").exists()
    assert mail.outbox == []


def test_terugbelverzoek_notifies_and_mails_the_behandelaar(client, kcc, vergunningverlener, behandelde_zaak,
                                                            django_capture_on_commit_callbacks):
    from zaken.werkvoorraad.models import Notificatie

    client.force_login(kcc)
    with django_capture_on_commit_callbacks(execute=True):
        _registreer(client, behandelde_zaak, vervolg="terugbelverzoek", terugbelnummer="0519 123456")
    notificatie = Notificatie.objects.get(ontvanger=vergunningverlener)
    assert behandelde_zaak.identificatie in notificatie.tekst and "0519 123456" in notificatie.tekst
    assert [m.to for m in mail.outbox] == [["vera@example.nl"]]
    assert "0519 123456" in mail.outbox[0].body


def test_terugbelverzoek_without_phone_number_or_behandelaar_is_refused(client, nef, kcc, vergunningverlener,
                                                                         behandelde_zaak, zoekzaak):
    client.force_login(kcc)
    pagina = _registreer(client, behandelde_zaak, vervolg="terugbelverzoek").content.decode()
    assert "telefoonnummer" in pagina
    zonder = zoekzaak(nef, vergunningverlener, "Bouwen schuur")
    pagina = _registreer(client, zonder, vervolg="doorverbonden").content.decode()
    assert "nog geen behandelaar" in pagina
    assert not Contactmoment.objects.exists()


def test_only_roles_with_the_right_may_register_a_contactmoment(client, nef, maak_gebruiker, behandelde_zaak):
    adviseur = maak_gebruiker(nef, Rol.ADVISEUR)
    client.force_login(adviseur)
    assert _registreer(client, behandelde_zaak).status_code == 403

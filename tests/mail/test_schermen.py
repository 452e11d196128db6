"""Mail log, the zaak's Mail tab and the postvak, tenant-scoped."""

from django.urls import reverse

from clo.accounts.rollen import Rol
from koppelingen.mail.inkomend import bewaar_bericht, verwerk_bericht
from koppelingen.mail.models import BerichtStatus, UitgaandeMail
from tests.mail.test_inkomend import eml
from zaken.brieven.actions import maak_brief, maak_brief_definitief


def test_behandelaar_verstuurt_definitieve_brief_vanuit_de_mailtab_en_ziet_de_status(
    client, nef, realistische_zaak, mailsjablonen, django_capture_on_commit_callbacks, mailoutbox
):
    zaak, behandelaar = realistische_zaak(nef)
    brief = maak_brief_definitief(maak_brief(zaak, "ontvangstbevestiging", door=behandelaar), door=behandelaar)
    client.force_login(behandelaar)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("mail:versturen", args=[zaak.identificatie]),
            {"ontvangers": "aanvrager", "documenten": [str(brief.uuid)]},
        )
    tab = client.get(reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=mail").content.decode()
    assert "Verzonden" in tab and "aanvrager@example.nl" in tab and brief.titel in tab
    assert mailoutbox[0].attachments[0][0].endswith(".pdf")


def test_maillog_toont_alleen_mail_van_de_eigen_gemeente(
    client, nef, dantumadiel, realistische_zaak, mailsjablonen, maak_gebruiker, django_capture_on_commit_callbacks
):
    from koppelingen.mail.actions import verstuur_mail

    zaak_nef, door_nef = realistische_zaak(nef)
    zaak_dan, door_dan = realistische_zaak(dantumadiel)
    with django_capture_on_commit_callbacks(execute=True):
        verstuur_mail(zaak_nef, door=door_nef, sjabloon_code="statusbericht", ontvangers=["aanvrager"])
        verstuur_mail(zaak_dan, door=door_dan, sjabloon_code="statusbericht", ontvangers=["aanvrager"])
    client.force_login(maak_gebruiker(nef, Rol.FUNCTIONEEL_BEHEERDER))
    log = client.get(reverse("mail:log")).content.decode()
    assert zaak_nef.identificatie in log and zaak_dan.identificatie not in log
    andere = UitgaandeMail.objects.get(zaak=zaak_dan)
    assert client.get(reverse("mail:detail", args=[andere.pk])).status_code == 404


def test_postvak_toewijzen_op_zaaknummer(
    client, nef, realistische_zaak, mailsjablonen, django_capture_on_commit_callbacks
):
    zaak, behandelaar = realistische_zaak(nef)
    bericht, _ = bewaar_bericht(eml("Losse vraag", message_id="<p1@example.nl>"), bron="eml")
    verwerk_bericht(bericht)
    client.force_login(behandelaar)
    assert "Losse vraag" in client.get(reverse("mail:postvak")).content.decode()
    antwoord = client.post(reverse("mail:postvak-toewijzen", args=[bericht.pk]), {"zaaknummer": "NEF-1999-000001"})
    assert antwoord.status_code == 302
    bericht.refresh_from_db()
    assert bericht.status == BerichtStatus.POSTVAK
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mail:postvak-toewijzen", args=[bericht.pk]), {"zaaknummer": zaak.identificatie.lower()})
    bericht.refresh_from_db()
    assert bericht.zaak == zaak and bericht.status == BerichtStatus.GEKOPPELD

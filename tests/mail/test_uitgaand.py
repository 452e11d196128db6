"""Outgoing mail: a definitive letter reaches a real SMTP server with its PDF; failures are
retried and logged on the zaak."""

import email
import socket
from email import policy

import pytest

from clo.audit.models import Gebeurtenis
from koppelingen.mail.actions import MailFout, verstuur_mail
from koppelingen.mail.models import MailStatus
from zaken.brieven.actions import maak_brief, maak_brief_definitief


def _smtp(settings, poort):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", poort, 5
    settings.EMAIL_USE_TLS = False


def test_definitieve_brief_komt_met_pdf_bijlage_aan_bij_de_smtp_server(
    nef, realistische_zaak, mailsjablonen, smtp_server, settings, django_capture_on_commit_callbacks
):
    poort, opvanger = smtp_server
    _smtp(settings, poort)
    zaak, door = realistische_zaak(nef)
    brief = maak_brief_definitief(maak_brief(zaak, "beschikking_verleend", door=door), door=door)
    with django_capture_on_commit_callbacks(execute=True):
        mail = verstuur_mail(
            zaak,
            door=door,
            sjabloon_code="brief",
            ontvangers=["aanvrager"],
            cc=["kopie@example.nl"],
            documenten=[brief],
        )
    mail.refresh_from_db()
    assert mail.status == MailStatus.VERZONDEN and mail.pogingen == 1
    [envelop] = opvanger.berichten
    assert set(envelop.rcpt_tos) == {"aanvrager@example.nl", "kopie@example.nl"}
    bericht = email.message_from_bytes(envelop.content, policy=policy.default)
    assert zaak.identificatie in bericht["Subject"]
    [bijlage] = list(bericht.iter_attachments())
    assert bijlage.get_content_type() == "application/pdf"
    assert bijlage.get_content() == brief.laatste_versie.bestand.open("rb").read()
    assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="mail.verzonden").exists()


def test_smtp_storing_wordt_herhaald_en_daarna_als_mislukt_op_de_zaak_gelogd(
    nef, realistische_zaak, mailsjablonen, settings, django_capture_on_commit_callbacks
):
    with socket.socket() as s:  # a port on which nothing listens
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    _smtp(settings, poort)
    zaak, door = realistische_zaak(nef)
    with django_capture_on_commit_callbacks(execute=True):
        mail = verstuur_mail(zaak, door=door, sjabloon_code="statusbericht", ontvangers=["aanvrager@example.nl"])
    mail.refresh_from_db()
    assert mail.status == MailStatus.MISLUKT
    assert mail.pogingen == 5 and "Connection" in mail.laatste_fout
    assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="mail.mislukt").exists()


def test_een_concept_kan_niet_worden_verzonden(nef, realistische_zaak, mailsjablonen):
    zaak, door = realistische_zaak(nef)
    concept = maak_brief(zaak, "ontvangstbevestiging", door=door)
    with pytest.raises(MailFout, match="nog niet definitief"):
        verstuur_mail(zaak, door=door, sjabloon_code="brief", ontvangers=["aanvrager"], documenten=[concept])


def test_mail_staat_in_het_maillog_van_de_zaak_met_ontvangers_en_bijlagen(
    nef, realistische_zaak, mailsjablonen, django_capture_on_commit_callbacks, mailoutbox
):
    zaak, door = realistische_zaak(nef)
    brief = maak_brief_definitief(maak_brief(zaak, "ontvangstbevestiging", door=door), door=door)
    with django_capture_on_commit_callbacks(execute=True):
        mail = verstuur_mail(zaak, door=door, sjabloon_code="brief", ontvangers=["aanvrager"], documenten=[brief])
    assert list(zaak.mails.all()) == [mail]
    assert list(mail.bijlagen.all()) == [brief]
    assert mailoutbox[0].to == ["aanvrager@example.nl"]


def test_proces_mag_betrokkenen_en_een_briefcode_meegeven_en_onbekende_gegevens_blijven_buiten_de_mail(
    nef, realistische_zaak, mailsjablonen, django_capture_on_commit_callbacks, mailoutbox
):
    zaak, door = realistische_zaak(nef)
    brief = maak_brief_definitief(maak_brief(zaak, "ontvangstbevestiging", door=door), door=door)
    aanvrager = zaak.betrokkenen.get(roltype__omschrijving_generiek="initiator")
    with django_capture_on_commit_callbacks(execute=True):
        mail = verstuur_mail(
            zaak,
            door=door,
            sjabloon_code="ontvangstbevestiging",
            ontvangers=[aanvrager],
            documenten=(brief,),
            extra={"controle": object()},
        )
    assert mail.sjabloon_code == "ontvangstbevestiging" and mail.ontvangers == ["aanvrager@example.nl"]
    assert brief.titel in mail.onderwerp and mailoutbox[0].attachments

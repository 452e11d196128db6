import html
import io

import pytest
from django.urls import reverse

from clo.core.validators import elfproef
from zaken.models import Document


@pytest.mark.parametrize(
    "nummer, geldig",
    [
        ("999993653", True),
        ("111222333", True),
        ("123456782", True),
        ("123456789", False),
        ("000000000", False),
        ("99999365", False),
        ("99999365a", False),
        ("", False),
    ],
)
def test_bsn_elfproef(nummer, geldig):
    assert elfproef(nummer) is geldig


def _upload(client, zaak, naam, inhoud, documenttype):
    bestand = io.BytesIO(inhoud)
    bestand.name = naam
    return client.post(
        reverse("zaken:document-toevoegen", args=[zaak.identificatie]),
        {"bestand": bestand, "documenttype": documenttype.pk, "titel": ""},
        follow=True,
    )


@pytest.fixture
def zaak_en_type(nef, vergunningverlener, maak_zaak):
    from zaken.models import Documenttype

    return maak_zaak(nef, vergunningverlener), Documenttype.objects.get(organisatie=nef, code="bouwtekening")


@pytest.mark.parametrize(
    "naam, inhoud, melding",
    [
        ("virus.exe", b"MZ\x90\x00", "'.exe' worden niet geaccepteerd"),
        ("tekening.pdf", b"MZ\x90\x00 dit is geen pdf", "past niet bij de extensie"),
        ("leeg.pdf", b"", "leeg"),
        ("geen-extensie", b"%PDF-1.4", "niet geaccepteerd"),
    ],
)
def test_unsafe_or_wrong_uploads_are_refused_with_a_clear_message(
    client, vergunningverlener, zaak_en_type, naam, inhoud, melding
):
    zaak, documenttype = zaak_en_type
    client.force_login(vergunningverlener)
    response = _upload(client, zaak, naam, inhoud, documenttype)
    assert melding in html.unescape(response.content.decode())
    assert not Document.objects.filter(zaak=zaak).exists()


def test_too_large_upload_is_refused(client, settings, vergunningverlener, zaak_en_type):
    settings.DOCUMENT_MAX_BYTES = 1024
    zaak, documenttype = zaak_en_type
    client.force_login(vergunningverlener)
    response = _upload(client, zaak, "groot.pdf", b"%PDF-1.4" + b"0" * 4096, documenttype)
    assert "te groot" in html.unescape(response.content.decode())
    assert not Document.objects.filter(zaak=zaak).exists()


def test_upload_and_download_roundtrip_with_checksum(client, vergunningverlener, zaak_en_type):
    import hashlib

    zaak, documenttype = zaak_en_type
    inhoud = b"%PDF-1.4\n" + b"x" * 5000
    client.force_login(vergunningverlener)
    response = _upload(client, zaak, "../../etc/Bouwtekening.pdf", inhoud, documenttype)
    assert "is toegevoegd" in response.content.decode()
    document = Document.objects.get(zaak=zaak)
    versie = document.laatste_versie
    assert versie.bestandsnaam == "Bouwtekening.pdf"
    assert versie.sha256 == hashlib.sha256(inhoud).hexdigest()
    download = client.get(reverse("zaken:document-download", args=[zaak.identificatie, document.uuid]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == inhoud
    assert "attachment" in download["Content-Disposition"]


def test_document_above_users_vertrouwelijkheid_cannot_be_downloaded(
    client, nef, maak_gebruiker, zaak_en_type, vergunningverlener, maak_document
):
    from clo.accounts.rollen import Rol

    zaak, _ = zaak_en_type
    document = maak_document(zaak, vergunningverlener, code="handhavingsbrief")  # vertrouwelijk
    beperkt = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, max_vertrouwelijkheid="zaakvertrouwelijk")
    client.force_login(beperkt)
    url = reverse("zaken:document-download", args=[zaak.identificatie, document.uuid])
    assert client.get(url).status_code == 404

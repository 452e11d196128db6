"""A zaak inside a risk zone shows the signal above its tabs."""

from django.urls import reverse

from zaken.zoeken.models import Risicozone


def test_zaak_in_zone_shows_signal_banner(client, nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)  # Hoogstraat 12 Dokkum: 53.3258, 5.9989
    Risicozone.objects.create(
        organisatie=nef, naam="Beschermd stadsgezicht Dokkum", soort="monument",
        melding="Welstandsadvies verplicht.",
        geometrie={
            "type": "Polygon",
            "coordinates": [[[5.99, 53.32], [6.01, 53.32], [6.01, 53.33], [5.99, 53.33], [5.99, 53.32]]],
        },
    )
    from zaken.zoeken.signalering import herbereken_signalen

    herbereken_signalen(zaak.pk)
    client.force_login(vergunningverlener)
    inhoud = client.get(reverse("zaken:detail", args=[zaak.identificatie])).content.decode()
    assert "Signaal – Beschermd stadsgezicht Dokkum: Welstandsadvies verplicht." in inhoud

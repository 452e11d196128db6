"""Zaken with realistic addresses and names, made through the real actions; the index is
written by the on-commit receivers exactly as in production."""

import datetime

import pytest
from django.utils import timezone

from zaken.actions import registreer_zaak, voeg_betrokkene_toe, voeg_locatie_toe
from zaken.models import Zaaktype

HOOGSTRAAT = ("Hoogstraat", "12", "9101LJ", "Dokkum", 53.3258, 5.9989)


@pytest.fixture
def zoekzaak(django_capture_on_commit_callbacks):
    def maak(organisatie, door, omschrijving: str, *, adres=HOOGSTRAAT, naam: str = "J. de Boer",
             bsn: str = "", kvk: str = "", zaaktype: str = "AANVRAAG-REGULIER", kadastraal: str = "",
             dagen_geleden: int = 3, huisletter: str = "", geometrie=None, **extra):
        straat, nummer, postcode, plaats, lat, lon = adres
        with django_capture_on_commit_callbacks(execute=True):
            zt = Zaaktype.objects.get(organisatie=organisatie, identificatie=zaaktype, versie=1)
            zaak = registreer_zaak(zaaktype=zt, omschrijving=omschrijving, door=door,
                                   startdatum=timezone.localdate() - datetime.timedelta(days=dagen_geleden), **extra)
            rol = zt.roltypen.get(omschrijving_generiek="initiator")
            soort = "niet_natuurlijk_persoon" if kvk else "natuurlijk_persoon"
            voeg_betrokkene_toe(zaak, roltype=rol, door=door, betrokkene_type=soort, naam=naam, bsn=bsn,
                                kvk_nummer=kvk)
            voeg_locatie_toe(zaak, door=door, omschrijving=f"{straat} {nummer}{huisletter}, {postcode} {plaats}",
                             straat=straat, huisnummer=nummer, huisletter=huisletter, postcode=postcode,
                             woonplaats=plaats, lat=lat, lon=lon, kadastrale_aanduiding=kadastraal,
                             geometrie=geometrie)
        return zaak

    return maak

"""Search finds what a medewerker means: address variants, typos, tussenvoegsels, Frisian
diacritics, kadastral parcels, KvK- and zaaknummers — best match first."""

import pytest

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from zaken.zoeken.selectors import Filters, zoek

DAMWALD = ("Haadwei", "40", "9104AC", "Damwâld", 53.2916, 5.9962)
KOLLUM = ("Voorstraat", "21", "9291CE", "Kollum", 53.2776, 6.1543)
DIEP = ("Diep", "3", "9101KK", "Dokkum", 53.3262, 5.9975)


@pytest.fixture
def zaken(nef, dantumadiel, vergunningverlener, maak_gebruiker, zoekzaak):
    door_d = maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER)
    return {
        "dakkapel": zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel", naam="J. de Boer"),
        "meulen": zoekzaak(nef, vergunningverlener, "Bouwen van een woning", adres=DIEP,
                           naam="S. van der Meulen", kadastraal="DKM00 A 1234"),
        "kollum": zoekzaak(nef, vergunningverlener, "Kappen van twee linden", adres=KOLLUM, naam="P. Jansma"),
        "bedrijf": zoekzaak(nef, vergunningverlener, "Uitbreiden bedrijfshal", adres=KOLLUM,
                            naam="Zuivelfabriek Noord B.V.", kvk="12345678", zaaktype="MELDING-ACTIVITEIT"),
        "letter": zoekzaak(nef, vergunningverlener, "Zonnepanelen op monument", huisletter="A", naam="M. Zijlstra"),
        "damwald": zoekzaak(dantumadiel, door_d, "Bouwen schuur", adres=DAMWALD, naam="R. Bakker"),
        "door_d": door_d,
    }


def _ids(gebruiker, q, **filters):
    lid = Lidmaatschap.objects.get(medewerker=gebruiker)
    return [r.zaak.identificatie for r in zoek(lid, q, door=gebruiker, filters=Filters(**filters)).rijen]


# One data set, many spellings: building the zaken through the real actions is the slow part.
def test_address_variants_and_typos_find_the_zaak_at_that_address_first(zaken, vergunningverlener):
    for q in ["9101 LJ 12", "9101LJ12", "9101lj 12", "9101 lj, 12", "Hoogstraat 12 Dokkum", "hoogstraat 12",
              "Hoogstaat 12", "hoogstrat"]:
        gevonden = _ids(vergunningverlener, q)
        assert gevonden and gevonden[0] in {zaken["dakkapel"].identificatie, zaken["letter"].identificatie}, q
        assert zaken["kollum"].identificatie not in gevonden, q


def test_postcode_with_huisletter_narrows_to_that_address(zaken, vergunningverlener):
    assert _ids(vergunningverlener, "9101LJ 12A") == [zaken["letter"].identificatie]


def test_names_with_tussenvoegsels_are_found_by_the_surname_in_any_spelling(zaken, vergunningverlener):
    for q in ["meulen", "Van der Meulen", "v.d. meulen", "vd Meulen", "S. van der Meulen", "meulne"]:
        assert _ids(vergunningverlener, q)[:1] == [zaken["meulen"].identificatie], q


def test_frisian_place_names_are_found_without_diacritics(zaken):
    for q in ["Damwald", "Damwâld", "damwald haadwei 40", "damwal"]:
        assert _ids(zaken["door_d"], q) == [zaken["damwald"].identificatie], q


def test_typo_in_the_omschrijving_still_finds_the_zaak(zaken, vergunningverlener):
    assert _ids(vergunningverlener, "dakkapl")[0] == zaken["dakkapel"].identificatie
    assert _ids(vergunningverlener, "lindes kappen")[0] == zaken["kollum"].identificatie


def test_kadastrale_aanduiding_kvk_and_zaaknummer_are_exact_keys(zaken, vergunningverlener):
    assert _ids(vergunningverlener, "DKM00 A 1234")[0] == zaken["meulen"].identificatie
    assert _ids(vergunningverlener, "12345678") == [zaken["bedrijf"].identificatie]
    nummer = zaken["kollum"].identificatie
    assert _ids(vergunningverlener, nummer.lower()) == [nummer]
    prefix, jaar, volgnummer = nummer.split("-")
    assert _ids(vergunningverlener, f"{prefix}-{jaar}-{int(volgnummer)}") == [nummer]


def test_a_match_on_more_words_ranks_above_a_partial_match(zaken, vergunningverlener):
    gevonden = _ids(vergunningverlener, "kollum kappen")
    assert gevonden[0] == zaken["kollum"].identificatie


def test_nonsense_finds_nothing(zaken, vergunningverlener):
    assert _ids(vergunningverlener, "qwxzv") == []


def test_filters_on_zaaktype_and_status_narrow_the_results(zaken, vergunningverlener):
    assert _ids(vergunningverlener, "kollum", zaaktype="MELDING-ACTIVITEIT") == [zaken["bedrijf"].identificatie]
    assert _ids(vergunningverlener, "kollum", afgesloten="ja") == []
    zaken["kollum"].refresh_from_db()
    status = zaken["kollum"].status.statustype.omschrijving
    assert zaken["kollum"].identificatie in _ids(vergunningverlener, "kollum", status=status)

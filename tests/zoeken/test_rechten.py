"""Search never shows what the user may not see: other tenants, zaaktypen outside the user's
limit, zaken above the user's vertrouwelijkheid, and BSNs without the right (always logged)."""

import pytest

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from clo.audit.models import Verwerking
from zaken.actions import wijzig_zaak
from zaken.models import Zaak, Zaaktype
from zaken.zoeken.selectors import toegestane_index, zoek


def _lid(user, org=None):
    qs = Lidmaatschap.objects.filter(medewerker=user)
    return (qs.filter(organisatie=org) if org else qs).get()


def _ids(user, q, org=None):
    return [r.zaak.identificatie for r in zoek(_lid(user, org), q, door=user).rijen]


def test_zaken_of_another_tenant_are_never_found(nef, dantumadiel, vergunningverlener, maak_gebruiker, zoekzaak):
    collega_d = maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER)
    eigen = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    ander = zoekzaak(dantumadiel, collega_d, "Plaatsen dakkapel")
    assert _ids(vergunningverlener, "dakkapel") == [eigen.identificatie]
    assert _ids(collega_d, "dakkapel") == [ander.identificatie]
    assert _ids(vergunningverlener, ander.identificatie) == []


def test_zaaktype_limit_and_vertrouwelijkheid_apply_to_search(nef, vergunningverlener, maak_gebruiker, zoekzaak,
                                                            django_capture_on_commit_callbacks):
    melding = zoekzaak(nef, vergunningverlener, "Sloopmelding schuur", zaaktype="MELDING-ACTIVITEIT")
    aanvraag = zoekzaak(nef, vergunningverlener, "Bouwen schuur")
    beperkt = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER)
    _lid(beperkt).zaaktypen.add(Zaaktype.objects.get(organisatie=nef, identificatie="MELDING-ACTIVITEIT", versie=1))
    assert _ids(beperkt, "schuur") == [melding.identificatie]

    with django_capture_on_commit_callbacks(execute=True):
        wijzig_zaak(aanvraag, door=vergunningverlener, reden="Bevat bedrijfsgegevens",
                    vertrouwelijkheidaanduiding="geheim")
    assert aanvraag.identificatie not in _ids(vergunningverlener, "schuur")
    hoog = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, max_vertrouwelijkheid="zeer_geheim")
    assert aanvraag.identificatie in _ids(hoog, "schuur")


def test_index_filter_is_equivalent_to_the_zaak_permission_rules(nef, dantumadiel, vergunningverlener,
                                                                 maak_gebruiker, zoekzaak):
    for i, (zaaktype, vertrouwelijk) in enumerate([("AANVRAAG-REGULIER", ""), ("MELDING-ACTIVITEIT", "openbaar"),
                                                   ("CONTROLE", "vertrouwelijk"), ("AANVRAAG-REGULIER", "intern")]):
        zoekzaak(nef, vergunningverlener, f"Zaak {i}", zaaktype=zaaktype, vertrouwelijkheidaanduiding=vertrouwelijk)
    zoekzaak(dantumadiel, maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER), "Zaak d")
    kandidaten = [
        maak_gebruiker(nef, Rol.VERGUNNINGVERLENER),
        maak_gebruiker(nef, Rol.KCC, max_vertrouwelijkheid="intern"),
        maak_gebruiker(nef, Rol.TOEZICHTHOUDER, max_vertrouwelijkheid="openbaar"),
        maak_gebruiker(nef, Rol.FUNCTIONEEL_BEHEERDER, max_vertrouwelijkheid="zeer_geheim"),
        maak_gebruiker(dantumadiel, Rol.ADVISEUR),
    ]
    beperkt = maak_gebruiker(nef, Rol.TEAMLEIDER, max_vertrouwelijkheid="vertrouwelijk")
    _lid(beperkt).zaaktypen.add(Zaaktype.objects.get(organisatie=nef, identificatie="CONTROLE", versie=1))
    for user in [*kandidaten, beperkt]:
        lid = _lid(user)
        verwacht = set(Zaak.objects.voor_lidmaatschap(lid).values_list("pk", flat=True))
        assert set(toegestane_index(lid).values_list("zaak_id", flat=True)) == verwacht, lid


def test_bsn_search_needs_the_right_and_is_logged(nef, vergunningverlener, maak_gebruiker, zoekzaak):
    zaak = zoekzaak(nef, vergunningverlener, "Bouwen schuur", bsn="999990755")
    adviseur = maak_gebruiker(nef, Rol.ADVISEUR)
    resultaat = zoek(_lid(adviseur), "999990755", door=adviseur)
    assert resultaat.rijen == [] and "burgerservicenummer" in resultaat.melding
    assert _ids(adviseur, "99999075") == []  # the BSN is not in the free-text columns either
    assert not Verwerking.objects.filter(object_id="999990755").exists()

    assert _ids(vergunningverlener, "999 990 755") == [zaak.identificatie]
    log = Verwerking.objects.get(object_id="999990755")
    assert log.gebruiker == vergunningverlener and log.soort_object_id == "BSN"


@pytest.mark.django_db
def test_index_follows_changes_on_write(nef, vergunningverlener, zoekzaak, django_capture_on_commit_callbacks):
    zaak = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    with django_capture_on_commit_callbacks(execute=True):
        wijzig_zaak(zaak, door=vergunningverlener, reden="Aanvraag aangepast", omschrijving="Plaatsen erker")
    assert _ids(vergunningverlener, "erker") == [zaak.identificatie]
    assert _ids(vergunningverlener, "dakkapel") == []
    with django_capture_on_commit_callbacks(execute=True):
        zaak.delete()
    assert _ids(vergunningverlener, "erker") == []

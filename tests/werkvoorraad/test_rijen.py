"""The rows of the werkvoorraad list, rendered in Python (zaken/werkvoorraad/views/rijen.py)."""

from django.urls import reverse

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from tests.vergunningen.conftest import open_taak
from zaken.models import Zaak
from zaken.werkvoorraad import gecompileerd, selectors
from zaken.werkvoorraad.views.rijen import _signaal
from zaken.zoeken.models import Risicozone, ZaakSignaal
from zaken.zoeken.selectors import signalen_voor_zaken

TITEL = "Ontvankelijkheid beoordelen"


def _zone(organisatie, naam: str, soort: str = "monument", actief: bool = True) -> Risicozone:
    return Risicozone.objects.create(
        organisatie=organisatie, naam=naam, soort=soort, melding="Let op.", geometrie={}, actief=actief
    )


def _rij(inhoud: str, identificatie: str) -> str:
    return next(r for r in inhoud.split("<tr>") if identificatie in r)


def test_signalen_in_de_lijst_zijn_die_van_het_zoeken(aanvraag, behandelaar, nef, client):
    """The list reads the signals in its own query; they must stay those of zaken.zoeken."""
    twee, een, geen = aanvraag(), aanvraag(), aanvraag()
    stad, aard = _zone(nef, "Stadsgezicht"), _zone(nef, "Aardkundig <waardevol>", "overig")
    oud = _zone(nef, "Oude zone", "archeologie", actief=False)
    for zaak, zone in [(twee, stad), (twee, aard), (twee, oud), (een, stad), (een, oud)]:
        ZaakSignaal.objects.create(zaak=zaak, zone=zone)
    lid = Lidmaatschap.objects.get(medewerker=behandelaar)
    rijen = gecompileerd.rijen(selectors.wachtrij_voorwaarden(lid, behandelaar)["team"], "termijn", 0, 25)
    verwacht = signalen_voor_zaken({r["zaak_id"] for r in rijen})
    gezien = {}
    for r in rijen:
        gezien[r["zaak_id"]] = [_signaal(*s.split(selectors.SCHEIDING, 1)) for s in r["signalen"]]
        assert gezien[r["zaak_id"]] == [f"{z.soort_label}: {z.naam}" for z in verwacht.get(r["zaak_id"], [])]
    assert gezien[twee.pk] == ["Overig: Aardkundig <waardevol>", "Monument of beschermd stadsgezicht: Stadsgezicht"]
    assert gezien[een.pk] == ["Monument of beschermd stadsgezicht: Stadsgezicht"] and gezien[geen.pk] == []
    client.force_login(behandelaar)
    inhoud = client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode()
    assert (
        'title="Signaal: Overig: Aardkundig &lt;waardevol&gt;, Monument of beschermd stadsgezicht: Stadsgezicht"'
        in _rij(inhoud, twee.identificatie)
    )
    assert "Signaal" not in _rij(inhoud, geen.identificatie)


def test_rij_ontsnapt_tekst_uit_de_zaak(aanvraag, behandelaar, client):
    zaak = aanvraag()
    Zaak.objects.filter(pk=zaak.pk).update(omschrijving='<script>alert("x")</script> & co')
    client.force_login(behandelaar)
    rij = _rij(client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode(), zaak.identificatie)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in rij
    assert "<script>" not in rij


def test_knoppen_per_lijst_en_toewijzen_alleen_voor_wie_mag_verdelen(
    aanvraag, behandelaar, nef, maak_gebruiker, client
):
    zaak = aanvraag()
    km = open_taak(zaak, TITEL)
    client.force_login(behandelaar)
    team = _rij(client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode(), zaak.identificatie)
    oppakken = reverse("werkvoorraad:oppakken", args=[km.pk])
    assert (
        f'formaction="{oppakken}">Oppakken<span class="visueel-verborgen"> {TITEL} {zaak.identificatie}</span>' in team
    )
    assert "<td>—</td>" in team and "Vrijgeven" not in team and "Toewijzen" not in team
    assert f'<a href="{reverse("werkvoorraad:taak", args=[km.pk])}">{TITEL}</a>' in team
    assert f'<a href="{reverse("zaken:detail", args=[zaak.identificatie])}">{zaak.identificatie}</a>' in team

    client.post(oppakken)
    mijn = _rij(client.get(reverse("werkvoorraad:index")).content.decode(), zaak.identificatie)
    vrijgeven = reverse("werkvoorraad:vrijgeven", args=[km.pk])
    assert f'formaction="{vrijgeven}" class="link">Vrijgeven' in mijn and "Oppakken" not in mijn
    assert f"<td>{behandelaar.get_full_name()}</td>" in mijn

    client.force_login(maak_gebruiker(nef, Rol.TEAMLEIDER))
    bij_leider = client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode()
    assert zaak.identificatie not in bij_leider  # picked up: no longer in the teamvoorraad
    client.force_login(behandelaar)
    client.post(vrijgeven)
    client.force_login(Lidmaatschap.objects.get(rollen=[Rol.TEAMLEIDER]).medewerker)
    leider = _rij(client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode(), zaak.identificatie)
    toewijzen = reverse("werkvoorraad:toewijzen", args=[km.pk])
    assert (
        f'<a href="{toewijzen}">Toewijzen<span class="visueel-verborgen"> {TITEL} {zaak.identificatie}</span></a>'
        in leider
    )


def _rijdata(pk: int, rol: str) -> dict:
    return {
        "pk": pk,
        "zaak_id": pk,
        "eigenaar_id": None,
        "titel": f"Taak {pk}",
        "rol": rol,
        "team": "",
        "deadline": None,
        "zaak__identificatie": f"NEF-2026-{pk:06d}",
        "zaak__omschrijving": "Schuur",
        "zaak__zaaktype__omschrijving": "Aanvraag",
        "eigenaar__first_name": "",
        "eigenaar__last_name": "",
        "eigenaar__username": "",
        "signalen": [],
    }


def test_teamleider_ziet_adviestaken_om_toe_te_wijzen_niet_om_op_te_pakken(db):
    from zaken.werkvoorraad.views.rijen import maak_rijen

    advies, toets = _rijdata(1, Rol.ADVISEUR), _rijdata(2, Rol.VERGUNNINGVERLENER)
    rijen = maak_rijen([advies, toets], lijst="team", mag_verdelen=True, rollen={Rol.TEAMLEIDER})
    assert "Oppakken" not in rijen[0] and "Toewijzen" in rijen[0]
    assert "Oppakken" in rijen[1]
    als_adviseur = maak_rijen([advies], lijst="team", mag_verdelen=False, rollen={Rol.ADVISEUR})
    assert "Oppakken" in als_adviseur[0] and "Toewijzen" not in als_adviseur[0]

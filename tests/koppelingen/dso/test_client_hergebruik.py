"""One DSO client (one HTTP session) per koppeling per process, renewed when the koppeling or its
Service changes or the entry expires; the same for Verzoek afhandelen and Samenwerken."""

from koppelingen.basis import oin as client_module
from koppelingen.dso.models import DsoKoppeling
from koppelingen.dso.services.client import VerzoekAfhandelenClient
from koppelingen.dso.services.inrichting import richt_koppeling_in


def _vers(koppeling) -> DsoKoppeling:
    # As every task does: the koppeling read again from the database.
    return DsoKoppeling.objects.select_related("service", "organisatie").get(pk=koppeling.pk)


def test_zelfde_koppeling_geeft_dezelfde_sessie(nef):
    koppeling = richt_koppeling_in(nef, "http://dso.test/api/")
    eerste = VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling))
    tweede = VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling))
    assert tweede is eerste and tweede.session is eerste.session


def test_gewijzigde_service_of_oin_header_geeft_een_nieuwe_client(nef):
    koppeling = richt_koppeling_in(nef, "http://dso.test/api/")
    oud = VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling))
    koppeling.service.api_root = "http://dso-nieuw.test/api/"
    koppeling.service.save()
    nieuw = VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling))
    assert nieuw is not oud and nieuw.session.base_url.startswith("http://dso-nieuw.test/")
    DsoKoppeling.objects.filter(pk=koppeling.pk).update(oin_header="x-dso-oin")
    met_header = VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling))
    assert met_header is not nieuw and "x-dso-oin" in met_header.standaard_headers


def test_verlopen_client_wordt_opnieuw_gebouwd(nef, monkeypatch):
    koppeling = richt_koppeling_in(nef, "http://dso.test/api/")
    nu = [1000.0]
    monkeypatch.setattr(client_module, "_clients", client_module.TTLCache(ttl=300, clock=lambda: nu[0]))
    oud = VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling))
    nu[0] += 299
    assert VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling)) is oud
    nu[0] += 2
    assert VerzoekAfhandelenClient.voor_koppeling(_vers(koppeling)) is not oud


def test_samenwerken_client_wordt_ook_hergebruikt(nef):
    from koppelingen.dso.models import SwfKoppeling
    from koppelingen.swf.client import SwfClient
    from koppelingen.swf.inrichting import richt_swf_in

    richt_swf_in(nef, "http://swf.test/v5/")

    def vers():
        return SwfKoppeling.objects.select_related("service", "organisatie").get(organisatie=nef)

    eerste = SwfClient.voor_koppeling(vers())
    assert SwfClient.voor_koppeling(vers()) is eerste
    # A DSO koppeling and a SWF koppeling never share a client, even with equal settings.
    assert not isinstance(eerste, VerzoekAfhandelenClient)

"""Read side of zaken: what other apps and views call to read zaken."""

from django.db.models import Prefetch
from django.http import Http404

from zaken.models import Betrokkene, Document, Zaak


def zaak_voor_request(request, identificatie: str) -> Zaak:
    """The zaak if this user may see it in the active tenant; otherwise 404 (never 403, so
    the existence of another tenant's zaak is not revealed)."""
    try:
        return (
            Zaak.objects.voor_gebruiker(request)
            .select_related("zaaktype", "status__statustype", "behandelaar", "organisatie", "resultaat__resultaattype")
            .get(identificatie=identificatie)
        )
    except Zaak.DoesNotExist as exc:
        raise Http404("Zaak niet gevonden.") from exc


def documenten_van(zaak: Zaak, lidmaatschap):
    from clo.accounts.rollen import vertrouwelijkheden_tot

    qs = (
        Document.objects.filter(zaak=zaak)
        .select_related("documenttype", "laatste_versie")
        .filter(vertrouwelijkheidaanduiding__in=vertrouwelijkheden_tot(lidmaatschap.max_vertrouwelijkheid))
    )
    if "document.lezen" not in lidmaatschap.rechten:
        qs = qs.filter(documenttype__openbaar_voor_kcc=True)
    return qs


def betrokkenen_van(zaak: Zaak):
    return Betrokkene.objects.filter(zaak=zaak).select_related("roltype", "medewerker")


def zaak_met_details(zaak: Zaak) -> Zaak:
    return Zaak.objects.prefetch_related(
        Prefetch("betrokkenen", queryset=Betrokkene.objects.select_related("roltype")),
        "locaties",
        "statussen__statustype",
        "besluiten",
        "opschortingen",
        "verlengingen",
    ).get(pk=zaak.pk)

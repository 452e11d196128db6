"""What the KCC may see of a zaak (DOMAIN.md §5): status in plain Dutch, dates, the behandelaar's
team (not the person), public documents and the aanvrager's name for verification. Nothing else
leaves this module: templates get these dataclasses, never a Zaak."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.http import Http404

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import vertrouwelijkheden_tot
from zaken.models import Betrokkene, Document, Zaak
from zaken.zoeken.models import ZaakZoekindex


@dataclass(frozen=True)
class KccDocument:
    titel: str
    documenttype: str
    datum: datetime.date


@dataclass(frozen=True)
class KccPersoon:
    naam: str
    bsn_gemaskeerd: str
    rol: str
    bsn: str = field(repr=False, default="")  # for the verwerkingenlogging only, never rendered


@dataclass(frozen=True)
class KccZaak:
    identificatie: str
    omschrijving: str
    zaaktype: str
    status: str
    ontvangstdatum: datetime.date
    uiterste_afdoeningsdatum: datetime.date | None
    team: str
    afgesloten: bool
    resultaat: str
    einddatum: datetime.date | None
    adres: str
    documenten: list[KccDocument]
    aanvragers: list[KccPersoon]
    zaak_id: int = field(repr=False, default=0)
    organisatie_id: int = field(repr=False, default=0)


def _statustekst(zaak: Zaak) -> str:
    if zaak.einddatum:
        uitkomst = f": {zaak.resultaat.resultaattype.omschrijving.lower()}" if hasattr(zaak, "resultaat") else ""
        return f"Afgehandeld op {zaak.einddatum:%d-%m-%Y}{uitkomst}."
    if not zaak.status_id:
        return "Ontvangen, nog niet in behandeling."
    st = zaak.status.statustype
    return st.statustekst or st.omschrijving


def _zaken_qs(lid):
    documenten = Document.objects.filter(
        documenttype__openbaar_voor_kcc=True, vervallen=False,
        vertrouwelijkheidaanduiding__in=vertrouwelijkheden_tot(lid.max_vertrouwelijkheid),
    ).select_related("documenttype").order_by("aangemaakt_op")
    initiators = Betrokkene.objects.filter(
        roltype__omschrijving_generiek__in=["initiator", "mede_initiator"]).select_related("roltype")
    return (
        Zaak.objects.voor_lidmaatschap(lid)
        .select_related("zaaktype", "status__statustype", "resultaat__resultaattype", "zoekindex")
        .prefetch_related(Prefetch("documenten", queryset=documenten, to_attr="kcc_documenten"),
                          Prefetch("betrokkenen", queryset=initiators, to_attr="kcc_aanvragers"))
    )


def _teams(zaken: list[Zaak]) -> dict[int, str]:
    ids = {z.behandelaar_id for z in zaken if z.behandelaar_id}
    if not ids:
        return {}
    org_ids = {z.organisatie_id for z in zaken}
    return {(lm.medewerker_id, lm.organisatie_id): lm.team or "Vergunningen, toezicht en handhaving"
            for lm in Lidmaatschap.objects.filter(medewerker_id__in=ids, organisatie_id__in=org_ids)}


def _naar_kcc(zaak: Zaak, teams: dict) -> KccZaak:
    team = teams.get((zaak.behandelaar_id, zaak.organisatie_id), "") if zaak.behandelaar_id else ""
    index = getattr(zaak, "zoekindex", None)
    return KccZaak(
        identificatie=zaak.identificatie, omschrijving=zaak.omschrijving, zaaktype=zaak.zaaktype.omschrijving,
        status=_statustekst(zaak), ontvangstdatum=zaak.startdatum,
        uiterste_afdoeningsdatum=zaak.uiterste_afdoeningsdatum,
        team=team or "Nog niet toegewezen", afgesloten=zaak.einddatum is not None,
        resultaat=zaak.resultaat.resultaattype.omschrijving if hasattr(zaak, "resultaat") else "",
        einddatum=zaak.einddatum, adres=index.adres if index else "",
        documenten=[KccDocument(d.titel, d.documenttype.omschrijving, d.aangemaakt_op.date())
                    for d in zaak.kcc_documenten],
        aanvragers=[KccPersoon(b.naam, b.bsn_gemaskeerd, b.roltype.omschrijving, b.bsn) for b in zaak.kcc_aanvragers],
        zaak_id=zaak.pk, organisatie_id=zaak.organisatie_id,
    )


def kcc_zaken(lid, zaak_ids: list[int]) -> list[KccZaak]:
    """View models in the order of `zaak_ids`, in a constant number of queries."""
    zaken = {z.pk: z for z in _zaken_qs(lid).filter(pk__in=zaak_ids)}
    geordend = [zaken[i] for i in zaak_ids if i in zaken]
    teams = _teams(geordend)
    return [_naar_kcc(z, teams) for z in geordend]


def kcc_zaak(lid, identificatie: str) -> KccZaak:
    zaak = _zaken_qs(lid).filter(identificatie=identificatie).first()
    if zaak is None:
        raise Http404("Zaak niet gevonden.")
    return _naar_kcc(zaak, _teams([zaak]))


@dataclass(frozen=True)
class Vergunningregel:
    jaar: int
    identificatie: str
    zaaktype: str
    omschrijving: str
    resultaat: str


def vergunninghistorie(lid, adressleutels: list[str], zonder: int | None = None) -> list[Vergunningregel]:
    """Closed zaken at the same address (postcode + huisnummer), newest first."""
    from zaken.zoeken.selectors import toegestane_index

    sleutels = [s for s in adressleutels if len(s) > 6]
    if not sleutels:
        return []
    rijen = (toegestane_index(lid).filter(adressleutels__overlap=sleutels, afgesloten=True)
             .exclude(zaak_id=zonder).select_related("zaak__zaaktype", "zaak__resultaat__resultaattype")
             .order_by("-einddatum")[:50])
    return [Vergunningregel(r.einddatum.year if r.einddatum else r.startdatum.year, r.zaak.identificatie,
                            r.zaak.zaaktype.omschrijving, r.zaak.omschrijving,
                            r.zaak.resultaat.resultaattype.omschrijving if hasattr(r.zaak, "resultaat") else "")
            for r in rijen]


def als_historie(kz: KccZaak) -> Vergunningregel:
    jaar = (kz.einddatum or kz.ontvangstdatum).year
    return Vergunningregel(jaar, kz.identificatie, kz.zaaktype, kz.omschrijving, kz.resultaat)


def adressleutels_van(kz: KccZaak) -> list[str]:
    return list(ZaakZoekindex.objects.filter(zaak_id=kz.zaak_id).values_list("adressleutels", flat=True).first() or [])

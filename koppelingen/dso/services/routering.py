"""Which tenant handles a verzoek, and which zaaktype(s) its activiteiten start."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from clo.accounts.models import Organisatie
from zaken.models import Zaaktype

from ..models import ActiviteitZaaktype, TriageKeuze
from ..stam import Projectactiviteit, Verzoek
from .fouten import IntakeFout, NietVoorOns


def bepaal_organisatie(verzoek: Verzoek) -> Organisatie:
    """The uitvoerende instantie handles the verzoek when DSO-LV names one; the bevoegd gezag
    then only receives a copy, which we record and ignore unless the instantie is ours."""
    gezag_oin = verzoek.bevoegd_gezag.oin if verzoek.bevoegd_gezag else None
    uitvoerend = verzoek.uitvoerende_instantie
    if uitvoerend and uitvoerend.oin and uitvoerend.oin != gezag_oin:
        org = Organisatie.objects.filter(oin=uitvoerend.oin).first()
        if org is None:
            raise NietVoorOns(
                f"Kopie ter informatie: het verzoek wordt behandeld door {uitvoerend.naam or uitvoerend.oin} "
                f"(uitvoerende instantie), niet door deze organisatie."
            )
        return org
    org = Organisatie.objects.filter(oin=gezag_oin or "").first()
    if org is None:
        raise IntakeFout(
            "onbekend_oin",
            f"Het bevoegd gezag met OIN {gezag_oin or '(leeg)'} is geen organisatie in CLO. Controleer het OIN "
            "bij de organisatie in het beheer of vraag DSO-LV waarom dit verzoek hier binnenkwam.",
        )
    return org


def activiteit_sleutel(activiteit: Projectactiviteit) -> str:
    return (activiteit.imow_id or activiteit.activiteit_id or activiteit.naam or "onbekend")[:300]


@dataclass
class Toewijzing:
    zaaktype: Zaaktype
    activiteiten: list[Projectactiviteit]


def geldig_zaaktype(organisatie: Organisatie, identificatie: str) -> Zaaktype | None:
    vandaag = timezone.localdate()
    return (
        Zaaktype.objects.filter(
            organisatie=organisatie, identificatie=identificatie, concept=False, begin_geldigheid__lte=vandaag
        )
        .exclude(einde_geldigheid__lt=vandaag)
        .select_related("organisatie")  # registreer_zaak reads it for every zaak it creates
        .order_by("-versie")
        .first()
    )


def _regel_voor(regels: list[ActiviteitZaaktype], activiteit: Projectactiviteit, verzoek: Verzoek):
    for regel in regels:
        if regel.type_verzoek and regel.type_verzoek != (verzoek.type_verzoek or ""):
            continue
        if regel.doel and regel.doel != str(verzoek.doel):
            continue
        if regel.past_op(
            imow_id=activiteit.imow_id or "", activiteit_id=activiteit.activiteit_id or "", naam=activiteit.naam or ""
        ):
            return regel
    return None


def wijs_zaaktypen_toe(bericht, verzoek: Verzoek, organisatie: Organisatie) -> tuple[list[Toewijzing], list[str]]:
    """(toewijzingen, onbekende activiteiten). Triage choices for this message win over rules."""
    regels = list(ActiviteitZaaktype.objects.filter(organisatie=organisatie, actief=True).order_by("prioriteit", "id"))
    # Triage choices are made after an attempt ended in triage: the first attempt (the usual case)
    # cannot have any and skips the query.
    keuzes = (
        {}
        if bericht.pogingen == 1
        else dict(
            TriageKeuze.objects.filter(bericht=bericht).values_list("activiteit_sleutel", "zaaktype_identificatie")
        )
    )
    per_type: dict[int, Toewijzing] = {}
    onbekend: list[str] = []
    zaaktypen: dict[str, Zaaktype | None] = {}  # activiteiten of one verzoek mostly share a zaaktype
    activiteiten = verzoek.projectactiviteiten or (Projectactiviteit(None, None, verzoek.naam or "Verzoek", None),)
    for activiteit in activiteiten:
        sleutel = activiteit_sleutel(activiteit)
        identificatie = keuzes.get(sleutel)
        if identificatie is None:
            regel = _regel_voor(regels, activiteit, verzoek)
            identificatie = regel.zaaktype_identificatie if regel else None
        if identificatie and identificatie not in zaaktypen:
            zaaktypen[identificatie] = geldig_zaaktype(organisatie, identificatie)
        zaaktype = zaaktypen.get(identificatie) if identificatie else None
        if zaaktype is None:
            onbekend.append(sleutel)
            continue
        per_type.setdefault(zaaktype.pk, Toewijzing(zaaktype, [])).activiteiten.append(activiteit)
    return list(per_type.values()), onbekend

"""BSN masking and the verwerkingenlogging of the basisregistraties (DOMAIN.md §5).

Rule shared with the zaken betrokkenen tab: a BSN is shown in full only to roles with
"betrokkene.bsn_inzien"; everybody else sees the last four digits.
"""

from __future__ import annotations

from collections.abc import Iterable

from clo.audit.log import log_verwerking
from zaken.privacy import VERWERKINGSACTIVITEIT_ZAAKBEHANDELING

RECHT_BSN = "betrokkene.bsn_inzien"
VERWERKING = "Zaakbehandeling omgevingsrecht"
SOORTEN_BRP = ["naam", "adres", "geboortedatum", "overlijden", "geheimhouding"]
SOORTEN_BRK = ["naam", "zakelijk recht", "BSN"]


def mag_bsn_zien(lid) -> bool:
    return lid is not None and RECHT_BSN in lid.rechten


def masker_bsn(bsn: str | None) -> str:
    return f"*****{bsn[-4:]}" if bsn else ""


def toon_bsn(bsn: str | None, lid) -> str:
    return (bsn or "") if mag_bsn_zien(lid) else masker_bsn(bsn)


def log_brp_opvraging(
    *, organisatie, door, bsn: str, doel: str, handeling: str, zaak_id: int | None = None, betrokkenheid: str = ""
):
    return log_verwerking(
        organisatie=organisatie,
        door=door,
        actie_naam="Opvragen",
        handeling=handeling,
        verwerking=VERWERKING,
        activiteit_id=VERWERKINGSACTIVITEIT_ZAAKBEHANDELING,
        doel=doel,
        gegevensbron="BRP",
        soort_object_id="BSN",
        object_id=bsn,
        betrokkenheid=betrokkenheid,
        soorten_gegevens=SOORTEN_BRP,
        zaak_id=zaak_id,
    )


def log_eigenaren(
    *, organisatie, door, bsns: Iterable[str], actie: str, handeling: str, doel: str, zaak_id: int | None
) -> None:
    """Natural persons among the kadastral owners: fetched (Opvragen) or shown (Inzien)."""
    for bsn in dict.fromkeys(bsns):
        log_verwerking(
            organisatie=organisatie,
            door=door,
            actie_naam=actie,
            handeling=handeling,
            verwerking=VERWERKING,
            activiteit_id=VERWERKINGSACTIVITEIT_ZAAKBEHANDELING,
            doel=doel,
            gegevensbron="BRK",
            soort_object_id="BSN",
            object_id=bsn,
            betrokkenheid="Zakelijk gerechtigde",
            soorten_gegevens=SOORTEN_BRK,
            zaak_id=zaak_id,
        )

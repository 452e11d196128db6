from zaken.models.betrokkenen import Betrokkene, BetrokkeneType
from zaken.models.catalogus import (
    Brondatumafleiding,
    Documenttype,
    Eigenschap,
    Procedure,
    Resultaattype,
    RolOmschrijving,
    Roltype,
    Statustype,
    Zaaktype,
)
from zaken.models.documenten import Document, DocumentStatus, DocumentVersie
from zaken.models.kalender import GelijkgesteldeDag
from zaken.models.locaties import Locatie
from zaken.models.zaak import (
    Besluit,
    Opschorting,
    Resultaat,
    Status,
    Verlenging,
    Zaak,
    ZaakEigenschap,
    ZaaknummerReeks,
    ZaakRelatie,
)

__all__ = [
    "Besluit",
    "Betrokkene",
    "BetrokkeneType",
    "Brondatumafleiding",
    "Document",
    "DocumentStatus",
    "DocumentVersie",
    "Documenttype",
    "Eigenschap",
    "GelijkgesteldeDag",
    "Locatie",
    "Opschorting",
    "Procedure",
    "Resultaat",
    "Resultaattype",
    "RolOmschrijving",
    "Roltype",
    "Status",
    "Statustype",
    "Verlenging",
    "Zaak",
    "ZaakEigenschap",
    "ZaakRelatie",
    "Zaaktype",
    "ZaaknummerReeks",
]

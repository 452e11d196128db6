"""STAM 4.0 verzoekbericht (DSO-LV intake): safe parsing, XSD validation, mapping.

Use `parse_verzoek(xml_bytes)` -> ParseResultaat(verzoek, validatiefouten); every failure is a
StamFout subclass (see fouten.py for which ones are fatal).
"""

from .fouten import (
    OnbekendBericht,
    OngeldigeXml,
    OnveiligeXml,
    OnvolledigBericht,
    SchemaNietBeschikbaar,
    StamFout,
    Validatiefout,
)
from .model import (
    Doel,
    Instantie,
    ParseResultaat,
    Participatie,
    Project,
    Stuurgegevens,
    TypeVerzoek,
    Verzoek,
)
from .model_activiteit import (
    Document,
    GevraagdeBijlage,
    OnderliggendeActiviteit,
    Projectactiviteit,
    Specificatie,
    Verzoekbijlage,
)
from .model_betrokkene import Adres, Adressoort, Betrokkene, Bronverschil, Persoonsoort, Rol
from .model_locatie import (
    Etrs89Punt,
    KadastraleAanduiding,
    LocatieAdres,
    Locatiesoort,
    Projectlocatie,
    RdPunt,
)
from .parser import parse_verzoek, valideer
from .veilig import MAX_BYTES_STANDAARD

__all__ = [
    "MAX_BYTES_STANDAARD",
    "Adres",
    "Adressoort",
    "Betrokkene",
    "Bronverschil",
    "Doel",
    "Document",
    "Etrs89Punt",
    "GevraagdeBijlage",
    "Instantie",
    "KadastraleAanduiding",
    "LocatieAdres",
    "Locatiesoort",
    "OnbekendBericht",
    "OnderliggendeActiviteit",
    "OngeldigeXml",
    "OnveiligeXml",
    "OnvolledigBericht",
    "ParseResultaat",
    "Participatie",
    "Persoonsoort",
    "Project",
    "Projectactiviteit",
    "Projectlocatie",
    "RdPunt",
    "Rol",
    "SchemaNietBeschikbaar",
    "Specificatie",
    "StamFout",
    "Stuurgegevens",
    "TypeVerzoek",
    "Validatiefout",
    "Verzoek",
    "Verzoekbijlage",
    "parse_verzoek",
    "valideer",
]

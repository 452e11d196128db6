"""The verzoek as CLO uses it: plain frozen dataclasses, no Django.

Field names follow STAM 4.0 (verzoek-4.0.xsd) in Dutch snake_case. Repeated content is a tuple.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .fouten import Validatiefout
from .model_activiteit import Document, Projectactiviteit, Verzoekbijlage
from .model_betrokkene import Betrokkene
from .model_locatie import Projectlocatie


class Doel(StrEnum):
    """What the message asks of the bevoegd gezag (ic:DoelVerzoek)."""

    CONCEPTVERZOEK = "Conceptverzoek"
    INITIEREN = "Initieren"
    AANVULLEN = "Aanvullen"
    INTREKKEN = "Intrekken"


class TypeVerzoek(StrEnum):
    """The plichttype of the verzoek (ic:TypeVerzoek)."""

    AANVRAAG_VERGUNNING = "Aanvraag vergunning"
    MELDING = "Melding"
    INFORMATIE = "Informatie"
    INFORMATIE_ONGEWOON_VOORVAL = "Informatie ongewoon voorval"
    AANVRAAG_MAATWERKVOORSCHRIFT = "Aanvraag maatwerkvoorschrift"
    MELDING_GELIJKWAARDIGE_MAATREGEL = "Melding gelijkwaardige maatregel"
    AANVRAAG_TOESTEMMING_GELIJKWAARDIGE_MAATREGEL = "Aanvraag toestemming gelijkwaardige maatregel"


@dataclass(frozen=True)
class Stuurgegevens:
    zender_organisatie: str | None = None
    zender_applicatie: str | None = None
    ontvanger_organisatie: str | None = None
    ontvanger_applicatie: str | None = None
    referentienummer: str | None = None
    tijdstip_bericht: datetime | None = None


@dataclass(frozen=True)
class Instantie:
    """Bevoegd gezag or uitvoerende instantie (e.g. FUMO for milieu-basistaken)."""

    naam: str | None
    oin: str | None
    begin_geldigheid: datetime | None = None
    eind_geldigheid: datetime | None = None


@dataclass(frozen=True)
class Project:
    naam: str | None = None
    omschrijving: str | None = None
    project_id: str | None = None  # DSO-LV's project kenmerk, shared by related verzoeken
    omschrijving_publiceerbaar: bool | None = None


@dataclass(frozen=True)
class Participatie:
    geparticipeerd: bool | None
    wijze: str | None = None
    resultaat: str | None = None


@dataclass(frozen=True)
class Verzoek:
    verzoeknummer: str
    # STAM identifies a message version of one verzoek by verzoek/volgnummer ("000" for the
    # first message, then "001", ... for Aanvullen/Intrekken). Kept as text: leading zeros.
    volgnummer: str | None
    doel: Doel
    bevoegd_gezag: Instantie
    type_verzoek: str | None = None  # one of TypeVerzoek when schema-valid
    naam: str | None = None
    indieningsdatum: datetime | None = None
    akkoordverklaring: bool | None = None
    ambtshalve: bool | None = None
    referentie_aanvrager: str | None = None
    toelichting_verzoek: str | None = None
    toelichting_later_aan_te_leveren: str | None = None
    toelichting_niet_aan_te_leveren: str | None = None
    project: Project = field(default_factory=Project)
    bevoegd_gezag_historie: tuple[Instantie, ...] = ()
    uitvoerende_instantie: Instantie | None = None
    uitvoerende_instantie_historie: tuple[Instantie, ...] = ()
    contactpersoon: Betrokkene | None = None
    gemachtigde: Betrokkene | None = None
    initiatiefnemer: Betrokkene | None = None
    projectlocaties: tuple[Projectlocatie, ...] = ()
    projectactiviteiten: tuple[Projectactiviteit, ...] = ()
    participatie: Participatie | None = None
    verzoekbijlagen: tuple[Verzoekbijlage, ...] = ()
    stuurgegevens: Stuurgegevens = field(default_factory=Stuurgegevens)

    @property
    def volgnummer_getal(self) -> int | None:
        if self.volgnummer and self.volgnummer.isdigit():
            return int(self.volgnummer)
        return None

    @property
    def idempotentiesleutel(self) -> str:
        """Identifies this message version: the same verzoek arriving twice has the same key."""
        return f"{self.verzoeknummer}/{self.volgnummer or ''}"

    @property
    def documenten(self) -> tuple[Document, ...]:
        """Every uploaded document, from specificaties and verzoekbijlagen, without duplicates."""
        gezien: dict[str, Document] = {}
        bijlagen = [b for a in self.projectactiviteiten for b in a.gevraagde_bijlagen]
        bijlagen += [vb.gevraagde_bijlage for vb in self.verzoekbijlagen]
        for bijlage in bijlagen:
            for document in bijlage.documenten:
                gezien.setdefault(document.document_id, document)
        return tuple(gezien.values())


@dataclass(frozen=True)
class ParseResultaat:
    verzoek: Verzoek
    validatiefouten: list[Validatiefout] = field(default_factory=list, hash=False)

    @property
    def schema_geldig(self) -> bool:
        return not self.validatiefouten

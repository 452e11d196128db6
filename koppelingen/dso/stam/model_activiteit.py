"""Projectactiviteiten, their vragen/antwoorden and the bijlagen asked for."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A file the aanvrager uploaded; the content is fetched separately by `document_id`.

    STAM 4.0 carries no mime type, size or checksum; `mime_type` is guessed from the file name.
    """

    document_id: str
    bestandsnaam: str | None
    vertrouwelijk: bool | None

    @property
    def mime_type(self) -> str | None:
        if not self.bestandsnaam:
            return None
        return mimetypes.guess_type(self.bestandsnaam, strict=False)[0]


@dataclass(frozen=True)
class GevraagdeBijlage:
    documentsoort_dso: str | None
    documenttype_generiek: str | None
    potentieel_vertrouwelijk: bool | None
    verplicht: bool | None
    documenten: tuple[Document, ...] = ()


@dataclass(frozen=True)
class Specificatie:
    """One question from the toepasbare regels with the aanvrager's answer."""

    vraag_id: str | None
    vraagtekst: str | None
    antwoord: str | None
    oorspronkelijk_antwoord: str | None = None
    vraagclassificatie: str | None = None
    vraagreferentie: str | None = None
    groepering: str | None = None
    publiceerbaar: bool | None = None
    gevraagde_bijlage: GevraagdeBijlage | None = None


@dataclass(frozen=True)
class OnderliggendeActiviteit:
    activiteit_id: str | None
    imow_id: str | None
    naam: str | None


@dataclass(frozen=True)
class Projectactiviteit:
    """One activiteit; the plichttype is the verzoek's `type_verzoek` (one per verzoek in STAM)."""

    activiteit_id: str | None  # URI of the toepasbare regel (indieningsvereisten)
    imow_id: str | None  # e.g. nl.imow-gm1970.activiteit.HoutopstandVellen
    naam: str | None
    volgnummer: str | None
    specificaties: tuple[Specificatie, ...] = ()
    onderliggende_activiteit: OnderliggendeActiviteit | None = None

    @property
    def gevraagde_bijlagen(self) -> tuple[GevraagdeBijlage, ...]:
        return tuple(s.gevraagde_bijlage for s in self.specificaties if s.gevraagde_bijlage)


@dataclass(frozen=True)
class Verzoekbijlage:
    """A bijlage asked for at verzoek level, not tied to a specificatie (e.g. the locatiegrens)."""

    vraagreferentie: str | None
    gevraagde_bijlage: GevraagdeBijlage

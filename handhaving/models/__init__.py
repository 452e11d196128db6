from handhaving.models.dwangsom import Eenheid, Gedoogbeschikking, Invordering, Last, LastSoort, Rechtsmiddel, Verbeurte
from handhaving.models.matrix import Interventie, Interventiematrix, MatrixCel
from handhaving.models.verzoek import Handhavingsverzoek
from handhaving.models.zaak import Aanleiding, Fase, Handhavingszaak, Overtreding, Stap, StapSoort

__all__ = [
    "Aanleiding",
    "Eenheid",
    "Fase",
    "Gedoogbeschikking",
    "Handhavingsverzoek",
    "Handhavingszaak",
    "Interventie",
    "Interventiematrix",
    "Invordering",
    "Last",
    "LastSoort",
    "MatrixCel",
    "Overtreding",
    "Rechtsmiddel",
    "Stap",
    "StapSoort",
    "Verbeurte",
]

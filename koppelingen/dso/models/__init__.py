"""Models of the DSO intake: configuration, raw messages, bijlagen, mapping and the verzoek per zaak."""

from .bericht import Bericht, BerichtStatus, Bijlage, BijlageStatus, Verzoeknotificatie
from .koppeling import Digikoppelaar, DsoKoppeling
from .mapping import ActiviteitZaaktype, TriageKeuze
from .swf import Actieverzoek, ActieverzoekStatus, Ketenpartner, Samenwerking, SwfKoppeling, SwfNotificatie
from .verzoekzaak import VerzoekZaak

__all__ = [
    "Actieverzoek",
    "ActieverzoekStatus",
    "ActiviteitZaaktype",
    "Bericht",
    "BerichtStatus",
    "Bijlage",
    "BijlageStatus",
    "Digikoppelaar",
    "DsoKoppeling",
    "Ketenpartner",
    "Samenwerking",
    "SwfKoppeling",
    "SwfNotificatie",
    "TriageKeuze",
    "VerzoekZaak",
    "Verzoeknotificatie",
]

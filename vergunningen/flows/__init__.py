"""One viewflow Flow per zaaktype; `Zaaktype.flow` names them, e.g.
"vergunningen.flows.AanvraagRegulierFlow"."""

from vergunningen.flows.melding import MeldingFlow
from vergunningen.flows.regulier import AanvraagRegulierFlow
from vergunningen.flows.uitgebreid import AanvraagUitgebreidFlow

__all__ = ["AanvraagRegulierFlow", "AanvraagUitgebreidFlow", "MeldingFlow"]

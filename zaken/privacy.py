"""Verwerkingenlogging of personal data shown in zaken screens (DOMAIN.md §5)."""

from clo.accounts.middleware import lidmaatschap_van
from clo.audit.log import log_verwerking

VERWERKINGSACTIVITEIT_ZAAKBEHANDELING = "VA-ZAAKBEHANDELING-OMGEVINGSWET"


def log_inzage_betrokkenen(request, zaak, personen, doel: str = "Behandelen van de zaak") -> None:
    lid = lidmaatschap_van(request)
    toon_bsn = lid is not None and "betrokkene.bsn_inzien" in lid.rechten
    for persoon in personen:
        log_verwerking(
            organisatie=zaak.organisatie,
            door=request.user,
            actie_naam="Inzien",
            handeling="Betrokkenen van zaak bekijken",
            verwerking="Zaakbehandeling omgevingsrecht",
            activiteit_id=VERWERKINGSACTIVITEIT_ZAAKBEHANDELING,
            doel=doel,
            soort_object_id="BSN" if persoon.bsn else "naam",
            object_id=persoon.bsn or persoon.naam[:40],
            betrokkenheid=persoon.roltype.omschrijving,
            soorten_gegevens=["naam", "adres", "contactgegevens"] + (["BSN"] if toon_bsn and persoon.bsn else []),
            zaak_id=zaak.pk,
        )

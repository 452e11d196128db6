"""Verwerkingenlogging for the KCC: every view of personal data, with its purpose."""

from clo.audit.log import log_verwerking

VERWERKINGSACTIVITEIT_KCC = "VA-KCC-INLICHTINGEN"
DOEL = "Beantwoorden van een vraag van de klant (KCC-inlichtingen)"


def log_inzage_aanvragers(request, lid, kcc_zaak) -> None:
    for persoon in kcc_zaak.aanvragers:
        log_verwerking(
            organisatie=lid.organisatie, door=request.user, actie_naam="Inzien",
            handeling="Aanvrager van zaak bekijken (KCC)", verwerking="KCC-inlichtingen omgevingsrecht",
            activiteit_id=VERWERKINGSACTIVITEIT_KCC, doel=DOEL,
            soort_object_id="BSN" if persoon.bsn else "naam", object_id=persoon.bsn or persoon.naam[:40],
            betrokkenheid=persoon.rol, soorten_gegevens=["naam"], zaak_id=kcc_zaak.zaak_id,
        )

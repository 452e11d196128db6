"""Who may pick up, execute and distribute which task."""

from clo.accounts.rollen import Rol
from zaken.models import Zaak

VERDELEN = "werkvoorraad.verdelen"
VIER_OGEN = "Vier-ogenprincipe: u heeft het conceptbesluit zelf opgesteld. Een collega moet de collegiale toets doen."


# Team codes of flow steps and the names functioneel beheer may have typed for those teams.
TEAM_ALIASSEN = {
    "RO": {"ro", "ruimtelijke ordening"},
    "JZ": {"jz", "juridische zaken"},
    "Welstand": {"welstand", "welstandscommissie"},
}


def teamcodes(lid_team: str) -> list[str]:
    naam = lid_team.strip().lower()
    return [code for code, namen in TEAM_ALIASSEN.items() if naam in namen] or [lid_team.strip()]


def teams_passen(taak_team: str, lid_team: str) -> bool:
    # A task for team "RO" goes to RO-adviseurs; a medewerker without a team may take any.
    if not taak_team or not lid_team.strip():
        return True
    return taak_team.lower() in {c.lower() for c in teamcodes(lid_team)}


def rol_past(taakrol: str, rollen) -> bool:
    """A task for `taakrol` may be taken with these roles: one's own role, or any non-advice
    task as teamleider (an advice belongs to the adviseur, a teamleider only assigns it)."""
    return taakrol in rollen or (Rol.TEAMLEIDER in rollen and taakrol != Rol.ADVISEUR)


def past_bij_rol(kenmerk, lidmaatschap) -> bool:
    if not rol_past(kenmerk.rol, set(lidmaatschap.rollen)):
        return False
    return teams_passen(kenmerk.team, lidmaatschap.team)


def zaak_zichtbaar(kenmerk, lidmaatschap) -> bool:
    return Zaak.objects.voor_lidmaatschap(lidmaatschap).filter(pk=kenmerk.zaak_id).exists()


def weigering_oppakken(kenmerk, user, lidmaatschap) -> str | None:
    """Dutch reason why this user may not take the task, or None."""
    if lidmaatschap is None or lidmaatschap.organisatie_id != kenmerk.organisatie_id:
        return "Deze taak hoort niet bij uw organisatie."
    if not past_bij_rol(kenmerk, lidmaatschap):
        return "Deze taak is voor een andere rol of een ander team."
    if kenmerk.vier_ogen_uitgesloten_id and kenmerk.vier_ogen_uitgesloten_id == user.pk:
        return VIER_OGEN
    return None

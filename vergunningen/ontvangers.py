"""Signal receivers and the zaak tab of vergunningen."""

import logging

from clo.audit.log import log_gebeurtenis

logger = logging.getLogger(__name__)


def start_bij_registratie(sender, zaak_id: int, **kwargs) -> None:
    """zaak_geregistreerd is sent on commit; start the zaaktype's process — inline for a medewerker
    who registers by hand, queued when the registration itself runs in a worker (DSO intake)."""
    from clo.core.achtergrond import voer_uit_of_plan
    from vergunningen.tasks import start_proces_taak

    voer_uit_of_plan(start_proces_taak, zaak_id)


def start_proces_voor(zaak_id: int) -> None:
    """A failure must not undo the registration: it is logged on the zaak and `demo_processen` or
    a retry can start it. Idempotent: start_proces does nothing when the process exists."""
    from vergunningen.actions import start_proces
    from zaken.models import Zaak

    zaak = Zaak.objects.select_related("zaaktype", "organisatie", "behandelaar").filter(pk=zaak_id).first()
    if zaak is None or not zaak.zaaktype.flow.startswith("vergunningen."):
        return
    try:
        start_proces(zaak, door=None)
    except Exception as exc:
        logger.exception("Proces voor zaak %s niet gestart", zaak_id)
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=None,
            actie="proces.fout",
            zaak=zaak,
            omschrijving=f"Het proces kon niet worden gestart: {exc}",
        )


def heeft_flow(zaak) -> bool:
    return zaak.zaaktype.flow.startswith("vergunningen.")


def tab_context(request, zaak, lid) -> dict:
    from vergunningen.forms import IntrekkenForm, VerlengenForm
    from vergunningen.models import Adviesverzoek, Zienswijze
    from zaken.werkvoorraad.models import ZaakProces

    proces = ZaakProces.objects.filter(zaak=zaak).first()
    mag = "zaak.behandelen" in lid.rechten and not zaak.is_afgesloten
    return {
        "proces": proces,
        "adviesverzoeken": list(Adviesverzoek.objects.filter(zaak=zaak)),
        "zienswijzen": list(Zienswijze.objects.filter(zaak=zaak)),
        "mag_intrekken": mag,
        "mag_verlengen": mag and zaak.zaaktype.verlenging_mogelijk and not zaak.verlengingen.exists(),
        "intrekken_form": IntrekkenForm(),
        "verlengen_form": VerlengenForm(),
    }

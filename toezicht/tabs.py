"""The 'Controle' tab on the zaak page of controle zaken."""

from zaken.tabs import ZaakTab, registreer_tab


def _is_controle(zaak) -> bool:
    return zaak.zaaktype.identificatie == "CONTROLE"


def _context(request, zaak, lid) -> dict:
    from toezicht.views.controle import controle_context

    return controle_context(request, zaak, lid)


def registreer_tabs() -> None:
    registreer_tab(
        ZaakTab(
            "controle",
            "Controle",
            "toezicht/tab_controle.html",
            _context,
            recht="zaak.lezen",
            volgorde=15,
            toon=_is_controle,
        )
    )

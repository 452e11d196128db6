from django.apps import AppConfig


class ZoekenConfig(AppConfig):
    name = "zaken.zoeken"
    label = "zoeken"
    verbose_name = "Zoeken, kaart en signalering"

    def ready(self):
        from zaken.tabs import ZaakTab, registreer_banner, registreer_tab
        from zaken.zoeken import receivers
        from zaken.zoeken.tabs import heeft_signalen, signalen_context

        receivers.verbind()
        registreer_tab(ZaakTab("signalen", "Signalen", "zoeken/tab_signalen.html", signalen_context,
                               recht="zaak.lezen", volgorde=12, toon=heeft_signalen))
        registreer_banner(_signaalbanners)


def _signaalbanners(zaak) -> list[str]:
    from zaken.zoeken.selectors import signalen_voor_zaak

    return [f"Signaal – {s.naam}: {s.melding}" for s in signalen_voor_zaak(zaak)]

from django.apps import AppConfig


class VergunningenConfig(AppConfig):
    name = "vergunningen"
    verbose_name = "Vergunningverlening"

    def ready(self):
        from vergunningen import ontvangers
        from zaken import signals
        from zaken.tabs import ZaakTab, registreer_tab

        signals.zaak_geregistreerd.connect(ontvangers.start_bij_registratie, dispatch_uid="vergunningen_start")
        registreer_tab(
            ZaakTab(
                "proces",
                "Proces",
                "vergunningen/tab_proces.html",
                ontvangers.tab_context,
                recht="zaak.lezen",
                volgorde=16,
                toon=ontvangers.heeft_flow,
            )
        )

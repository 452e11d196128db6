from django.apps import AppConfig


class WerkvoorraadConfig(AppConfig):
    name = "zaken.werkvoorraad"
    label = "werkvoorraad"
    verbose_name = "Werkvoorraad en termijnbewaking"

    def ready(self):
        from django.db.models.signals import post_save
        from viewflow.workflow.models import Task

        from zaken.tabs import ZaakTab, registreer_tab
        from zaken.werkvoorraad import signals

        post_save.connect(signals.task_opgeslagen, sender=Task, dispatch_uid="werkvoorraad_task_open")
        registreer_tab(
            ZaakTab(
                "taken", "Taken", "werkvoorraad/tab_taken.html", signals.tab_context, recht="zaak.lezen", volgorde=15
            )
        )

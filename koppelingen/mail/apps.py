from django.apps import AppConfig


class MailConfig(AppConfig):
    name = "koppelingen.mail"
    label = "mail"
    verbose_name = "Mailgateway"

    def ready(self):
        from koppelingen.mail.views import tab_context
        from zaken.tabs import ZaakTab, registreer_tab

        registreer_tab(ZaakTab("mail", "Mail", "mail/tab.html", tab_context, recht="zaak.lezen", volgorde=45))

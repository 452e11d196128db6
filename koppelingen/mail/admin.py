from django.contrib import admin, messages

from clo.accounts.admin_tenant import TenantModelAdmin
from koppelingen.mail.inkomend import verwerk_bericht
from koppelingen.mail.models import BerichtStatus, InkomendBericht, MailSjabloon, UitgaandeMail


@admin.register(MailSjabloon)
class MailSjabloonAdmin(TenantModelAdmin):
    list_display = ["code", "organisatie", "onderwerp", "actief"]
    list_filter = ["organisatie", "actief"]


@admin.register(UitgaandeMail)
class UitgaandeMailAdmin(TenantModelAdmin):
    list_display = ["onderwerp", "zaak", "status", "pogingen", "aangemaakt_op", "verzonden_op"]
    list_filter = ["organisatie", "status"]
    search_fields = ["onderwerp", "zaak__identificatie"]
    readonly_fields = [f.name for f in UitgaandeMail._meta.fields] + ["bijlagen"]
    actions = ["opnieuw_versturen"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Mislukte mails opnieuw versturen", permissions=["change"])
    def opnieuw_versturen(self, request, queryset):
        from koppelingen.mail.tasks import verstuur_uitgaande_mail

        for mail in queryset.filter(status="mislukt"):
            UitgaandeMail.objects.filter(pk=mail.pk).update(status="wachtrij", pogingen=0)
            verstuur_uitgaande_mail.delay(mail.pk)
        self.message_user(request, "Mislukte mails staan opnieuw in de wachtrij.")


@admin.register(InkomendBericht)
class InkomendBerichtAdmin(TenantModelAdmin):
    # Mail not yet linked to an organisatie (organisatie empty) is visible to superusers only.
    list_display = ["onderwerp", "afzender", "organisatie", "zaak", "status", "ontvangen_op"]
    list_filter = ["status", "organisatie", "bron"]
    search_fields = ["onderwerp", "afzender", "message_id"]
    readonly_fields = [
        "message_id",
        "bron",
        "bron_sleutel",
        "eml",
        "sha256",
        "afzender",
        "onderwerp",
        "ontvangen_op",
        "verzonden_op",
        "zaak",
        "status",
        "fout",
        "toegewezen_door",
    ]
    actions = ["opnieuw_verwerken"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # nothing received is ever lost

    @admin.action(description="Opnieuw verwerken (berichten met een fout)", permissions=["change"])
    def opnieuw_verwerken(self, request, queryset):
        for bericht in queryset.filter(status=BerichtStatus.FOUT):
            InkomendBericht.objects.filter(pk=bericht.pk).update(status=BerichtStatus.ONTVANGEN)
            bericht.refresh_from_db()
            verwerk_bericht(bericht)
        self.message_user(request, "De berichten zijn opnieuw verwerkt.", messages.INFO)

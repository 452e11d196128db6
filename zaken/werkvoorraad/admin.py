from django.contrib import admin

from clo.accounts.admin_tenant import TenantModelAdmin
from zaken.werkvoorraad.models import Notificatie, Taakkenmerk


@admin.register(Taakkenmerk)
class TaakkenmerkAdmin(TenantModelAdmin):
    list_display = ["titel", "zaak", "rol", "team", "deadline", "open", "signaal"]
    list_filter = ["open", "rol", "signaal", "organisatie"]
    search_fields = ["zaak__identificatie", "titel"]
    raw_id_fields = ["task", "zaak", "vier_ogen_uitgesloten"]


@admin.register(Notificatie)
class NotificatieAdmin(TenantModelAdmin):
    list_display = ["ontvanger", "tekst", "gelezen", "aangemaakt_op"]
    list_filter = ["gelezen", "organisatie"]
    raw_id_fields = ["ontvanger", "zaak"]

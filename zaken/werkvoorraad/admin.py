from django.contrib import admin

from zaken.werkvoorraad.models import Notificatie, Taakkenmerk


@admin.register(Taakkenmerk)
class TaakkenmerkAdmin(admin.ModelAdmin):
    list_display = ["titel", "zaak", "rol", "team", "deadline", "open", "signaal"]
    list_filter = ["open", "rol", "signaal", "organisatie"]
    search_fields = ["zaak__identificatie", "titel"]
    raw_id_fields = ["task", "zaak", "vier_ogen_uitgesloten"]


@admin.register(Notificatie)
class NotificatieAdmin(admin.ModelAdmin):
    list_display = ["ontvanger", "tekst", "gelezen", "aangemaakt_op"]
    list_filter = ["gelezen", "organisatie"]
    raw_id_fields = ["ontvanger", "zaak"]

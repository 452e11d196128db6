from django.contrib import admin

from clo.accounts.admin_tenant import TenantModelAdmin
from vergunningen.models import Adviesverzoek, Zienswijze


@admin.register(Adviesverzoek)
class AdviesverzoekAdmin(TenantModelAdmin):
    organisatie_pad = "zaak__organisatie"
    list_display = ["zaak", "soort", "adviseur", "deadline", "status"]
    list_filter = ["soort", "status"]
    search_fields = ["zaak__identificatie", "adviseur"]
    raw_id_fields = ["zaak", "task", "gevraagd_door", "beantwoord_door", "documenten"]


@admin.register(Zienswijze)
class ZienswijzeAdmin(TenantModelAdmin):
    organisatie_pad = "zaak__organisatie"
    list_display = ["zaak", "indiener", "ontvangen_op"]
    raw_id_fields = ["zaak", "geregistreerd_door"]

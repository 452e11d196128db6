from django.contrib import admin

from clo.accounts.admin_tenant import TenantModelAdmin
from clo.audit.models import Gebeurtenis, Verwerking


class AlleenLezenAdmin(TenantModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Gebeurtenis)
class GebeurtenisAdmin(AlleenLezenAdmin):
    list_display = ["tijdstip", "organisatie", "actor_naam", "actie", "omschrijving", "zaak_id"]
    list_filter = ["organisatie", "actie"]
    search_fields = ["omschrijving", "actor_naam", "reden"]
    date_hierarchy = "tijdstip"


@admin.register(Verwerking)
class VerwerkingAdmin(AlleenLezenAdmin):
    list_display = [
        "tijdstip",
        "organisatie",
        "gebruiker_naam",
        "actie_naam",
        "verwerking_naam",
        "soort_object_id",
        "object_id",
        "doel",
    ]
    list_filter = ["organisatie", "actie_naam", "verwerking_naam"]
    search_fields = ["object_id", "gebruiker_naam", "doel"]
    date_hierarchy = "tijdstip"

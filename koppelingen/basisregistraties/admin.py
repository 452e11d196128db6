from django.contrib import admin

from clo.accounts.admin_tenant import GlobaalAdminMixin, TenantModelAdmin

from .models import KoppelingStatus, Registratiekoppeling, Verrijking


@admin.register(Registratiekoppeling)
class RegistratiekoppelingAdmin(GlobaalAdminMixin, admin.ModelAdmin):
    # One BAG/BRK/BRP/KvK connection for the installation: a change reaches every tenant.
    list_display = ("soort", "service", "actief")
    list_editable = ("actief",)
    fieldsets = [
        (
            None,
            {
                "fields": ("soort", "service", "actief"),
                "description": "De API-sleutel (header), het PKIoverheid-certificaat en de time-out stelt u in bij de "
                "Service zelf (Zgw_Consumers › Services).",
            },
        )
    ]


@admin.register(KoppelingStatus)
class KoppelingStatusAdmin(GlobaalAdminMixin, admin.ModelAdmin):
    list_display = ("soort", "laatste_succes", "laatste_fout", "opeenvolgende_fouten")
    readonly_fields = ("soort", "laatste_succes", "laatste_fout", "laatste_foutmelding", "opeenvolgende_fouten")

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Verrijking)
class VerrijkingAdmin(TenantModelAdmin):
    organisatie_pad = "zaak__organisatie"
    # Read-only: snapshots are written by the enrichment, and `data` may hold personal data.
    list_display = ("zaak", "soort", "status", "opgehaald_op", "pogingen")
    list_filter = ("soort", "status")
    fields = ("zaak", "soort", "status", "reden", "opgehaald_op", "pogingen", "laatste_poging")
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

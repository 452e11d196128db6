from django.contrib import admin, messages

from clo.accounts.admin_tenant import AlleenSuperuserAdminMixin, TenantAdminMixin, TenantModelAdmin

from .models import ActiviteitZaaktype, Bericht, Bijlage, Digikoppelaar, DsoKoppeling, TriageKeuze, Verzoeknotificatie


@admin.register(DsoKoppeling)
class DsoKoppelingAdmin(TenantModelAdmin):
    list_display = ("organisatie", "service", "actief", "laatst_opgehaald", "laatste_fout")
    list_select_related = ("organisatie", "service")


@admin.register(Digikoppelaar)
class DigikoppelaarAdmin(AlleenSuperuserAdminMixin, admin.ModelAdmin):
    # Senders of verzoeknotificaties for the whole installation, with their tokens.
    list_display = ("naam", "actief", "certificaat_subject", "laatst_gezien")
    actions = ["maak_token"]

    @admin.action(description="Nieuw token aanmaken (wordt één keer getoond)")
    def maak_token(self, request, queryset):
        for koppelaar in queryset:
            token = koppelaar.nieuw_token()
            koppelaar.save(update_fields=["token_hash"])
            self.message_user(request, f"Token voor {koppelaar}: {token}", messages.WARNING)


@admin.register(ActiviteitZaaktype)
class ActiviteitZaaktypeAdmin(TenantModelAdmin):
    list_display = (
        "organisatie",
        "activiteit",
        "type_verzoek",
        "doel",
        "zaaktype_identificatie",
        "prioriteit",
        "actief",
    )
    list_filter = ("organisatie", "type_verzoek", "actief")
    search_fields = ("activiteit", "zaaktype_identificatie")


class _AlleenLezenRechten:
    """Received messages are evidence: never edited or deleted in the admin."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class AlleenLezen(_AlleenLezenRechten, TenantAdminMixin, admin.ModelAdmin):
    pass


@admin.register(Bericht)
class BerichtAdmin(AlleenLezen):
    # A bericht not (yet) routed to an organisatie is visible to superusers only.
    list_display = ("verzoeknummer", "volgnummer", "doel", "organisatie", "status", "ontvangen_op")
    list_filter = ("status", "doel", "organisatie")
    search_fields = ("verzoeknummer", "sha256")
    exclude = ("inhoud",)


@admin.register(Bijlage)
class BijlageAdmin(AlleenLezen):
    organisatie_pad = "bericht__organisatie"
    list_display = ("bestandsnaam", "bericht", "status", "pogingen")
    list_filter = ("status",)


@admin.register(Verzoeknotificatie)
class VerzoeknotificatieAdmin(_AlleenLezenRechten, AlleenSuperuserAdminMixin, admin.ModelAdmin):
    # Raw triggers before any tenant is known (no link to an organisatie).
    pass


@admin.register(TriageKeuze)
class TriageKeuzeAdmin(AlleenLezen):
    organisatie_pad = "bericht__organisatie"

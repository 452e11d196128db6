from django.contrib import admin

from clo.accounts.admin_tenant import TenantModelAdmin, TenantTabularInline
from zaken.models import Betrokkene, Document, Locatie, Status, Zaak


class AlleenLezenInline(TenantTabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class StatusInline(AlleenLezenInline):
    model = Status
    fields = ["statustype", "datum_status_gezet", "gezet_door", "toelichting"]


class BetrokkeneInline(AlleenLezenInline):
    model = Betrokkene
    fields = ["roltype", "betrokkene_type", "naam", "kvk_nummer"]


class LocatieInline(AlleenLezenInline):
    model = Locatie
    fields = ["omschrijving", "postcode", "kadastrale_aanduiding"]


class DocumentInline(AlleenLezenInline):
    model = Document
    fields = ["titel", "documenttype", "status", "vervallen"]


@admin.register(Zaak)
class ZaakAdmin(TenantModelAdmin):
    """Read-only overview for beheer: zaken change only through actions (UI, processes)."""

    list_display = ["identificatie", "omschrijving", "zaaktype", "organisatie", "startdatum", "einddatum"]
    list_filter = ["organisatie", "zaaktype__omschrijving", "bron"]
    search_fields = ["identificatie", "omschrijving", "verzoeknummer"]
    list_select_related = ["zaaktype", "organisatie"]
    inlines = [StatusInline, BetrokkeneInline, LocatieInline, DocumentInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

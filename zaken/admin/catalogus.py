from django.contrib import admin

from clo.accounts.admin_tenant import GlobaalAdminMixin, TenantModelAdmin, TenantTabularInline
from zaken.models import (
    Documenttype,
    Eigenschap,
    GelijkgesteldeDag,
    Resultaattype,
    Roltype,
    Statustype,
    Zaaktype,
)


class StatustypeInline(TenantTabularInline):
    model = Statustype
    extra = 0
    fields = ["volgnummer", "code", "omschrijving", "statustekst", "informeren", "is_eindstatus"]


class ResultaattypeInline(TenantTabularInline):
    model = Resultaattype
    extra = 0
    fields = [
        "code",
        "omschrijving",
        "selectielijstklasse",
        "archiefnominatie",
        "archiefactietermijn_jaren",
        "brondatum_afleidingswijze",
        "procestermijn_jaren",
    ]


class RoltypeInline(TenantTabularInline):
    model = Roltype
    extra = 0


class EigenschapInline(TenantTabularInline):
    model = Eigenschap
    extra = 0


@admin.register(Zaaktype)
class ZaaktypeAdmin(TenantModelAdmin):
    list_display = [
        "omschrijving",
        "identificatie",
        "versie",
        "organisatie",
        "procedure",
        "begin_geldigheid",
        "einde_geldigheid",
        "concept",
    ]
    list_filter = ["organisatie", "procedure", "concept"]
    search_fields = ["omschrijving", "identificatie", "trefwoorden"]
    inlines = [StatustypeInline, ResultaattypeInline, RoltypeInline, EigenschapInline]
    actions = ["nieuwe_versie"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "organisatie",
                    "identificatie",
                    "omschrijving",
                    "versie",
                    "concept",
                    "toelichting",
                    "trefwoorden",
                ]
            },
        ),
        ("Geldigheid", {"fields": ["begin_geldigheid", "einde_geldigheid"]}),
        (
            "Termijnen",
            {
                "fields": [
                    "procedure",
                    "doorlooptijd_dagen",
                    "servicenorm_dagen",
                    "opschorting_mogelijk",
                    "verlenging_mogelijk",
                    "verlengingstermijn_dagen",
                ]
            },
        ),
        ("Behandeling", {"fields": ["vertrouwelijkheidaanduiding", "flow", "handmatig_starten"]}),
    ]

    @admin.action(description="Nieuwe versie maken (huidige versie afsluiten per vandaag)", permissions=["change"])
    def nieuwe_versie(self, request, queryset):
        from zaken.catalogus import maak_nieuwe_versie

        for zaaktype in queryset:
            nieuw = maak_nieuwe_versie(zaaktype, door=request.user)
            self.message_user(request, f"{nieuw} is aangemaakt als concept.")


@admin.register(Documenttype)
class DocumenttypeAdmin(TenantModelAdmin):
    list_display = ["omschrijving", "code", "organisatie", "vertrouwelijkheidaanduiding", "openbaar_voor_kcc"]
    list_filter = ["organisatie", "vertrouwelijkheidaanduiding", "openbaar_voor_kcc"]
    search_fields = ["omschrijving", "code"]
    filter_horizontal = ["zaaktypen"]


@admin.register(GelijkgesteldeDag)
class GelijkgesteldeDagAdmin(GlobaalAdminMixin, admin.ModelAdmin):
    """The Algemene termijnenwet calendar is the same for every gemeente; a change moves the
    termijnen of both tenants, so only applicatiebeheer edits it."""

    list_display = ["datum", "bron"]

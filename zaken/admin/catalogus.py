from django.contrib import admin

from zaken.models import (
    Documenttype,
    Eigenschap,
    GelijkgesteldeDag,
    Resultaattype,
    Roltype,
    Statustype,
    Zaaktype,
)


class StatustypeInline(admin.TabularInline):
    model = Statustype
    extra = 0
    fields = ["volgnummer", "code", "omschrijving", "statustekst", "informeren", "is_eindstatus"]


class ResultaattypeInline(admin.TabularInline):
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


class RoltypeInline(admin.TabularInline):
    model = Roltype
    extra = 0


class EigenschapInline(admin.TabularInline):
    model = Eigenschap
    extra = 0


@admin.register(Zaaktype)
class ZaaktypeAdmin(admin.ModelAdmin):
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

    @admin.action(description="Nieuwe versie maken (huidige versie afsluiten per vandaag)")
    def nieuwe_versie(self, request, queryset):
        from zaken.catalogus import maak_nieuwe_versie

        for zaaktype in queryset:
            nieuw = maak_nieuwe_versie(zaaktype, door=request.user)
            self.message_user(request, f"{nieuw} is aangemaakt als concept.")


@admin.register(Documenttype)
class DocumenttypeAdmin(admin.ModelAdmin):
    list_display = ["omschrijving", "code", "organisatie", "vertrouwelijkheidaanduiding", "openbaar_voor_kcc"]
    list_filter = ["organisatie", "vertrouwelijkheidaanduiding", "openbaar_voor_kcc"]
    search_fields = ["omschrijving", "code"]
    filter_horizontal = ["zaaktypen"]


@admin.register(GelijkgesteldeDag)
class GelijkgesteldeDagAdmin(admin.ModelAdmin):
    list_display = ["datum", "bron"]

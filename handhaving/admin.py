from django.contrib import admin

from clo.accounts.admin_tenant import TenantModelAdmin, TenantTabularInline
from handhaving.models import (
    Gedoogbeschikking,
    Handhavingsverzoek,
    Handhavingszaak,
    Interventie,
    Interventiematrix,
    Last,
    MatrixCel,
    Overtreding,
    Rechtsmiddel,
    Stap,
    Verbeurte,
)


@admin.register(Interventie)
class InterventieAdmin(TenantModelAdmin):
    list_display = [
        "code",
        "naam",
        "organisatie",
        "hersteltermijn_dagen",
        "zienswijze_weken",
        "begunstigingstermijn_dagen",
    ]
    list_filter = ["organisatie"]


class MatrixCelInline(TenantTabularInline):
    model = MatrixCel
    extra = 0
    organisatie_pad = "matrix__organisatie"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Only the rungs of the matrix's own tenant.
        if db_field.name == "interventie" and request.resolver_match and request.resolver_match.kwargs.get("object_id"):
            matrix = Interventiematrix.objects.filter(pk=request.resolver_match.kwargs["object_id"]).first()
            if matrix:
                kwargs["queryset"] = Interventie.objects.filter(organisatie=matrix.organisatie)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Interventiematrix)
class InterventiematrixAdmin(TenantModelAdmin):
    list_display = ["naam", "organisatie"]
    inlines = [MatrixCelInline]


class OvertredingInline(TenantTabularInline):
    model = Overtreding
    extra = 0
    fields = ["omschrijving", "wettelijke_grondslag", "locatie", "geconstateerd_op"]
    readonly_fields = fields
    can_delete = False


class StapInline(TenantTabularInline):
    model = Stap
    extra = 0
    fields = ["soort", "datum", "termijn_einde", "toelichting", "door"]
    readonly_fields = fields
    can_delete = False


@admin.register(Handhavingszaak)
class HandhavingszaakAdmin(TenantModelAdmin):
    """Read-only: every change goes through handhaving.actions (events, letters)."""

    list_display = ["zaak", "organisatie", "fase", "matrixcode", "gekozen_interventie", "volgende_termijn"]
    list_filter = ["organisatie", "fase"]
    search_fields = ["zaak__identificatie", "zaak__omschrijving"]
    inlines = [OvertredingInline, StapInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


class _AlleenLezen(TenantModelAdmin):
    """Read-only: these rows change only through handhaving.actions."""

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


for model, pad in (
    (Last, "handhavingszaak__organisatie"),
    (Verbeurte, "last__handhavingszaak__organisatie"),
    (Rechtsmiddel, "last__handhavingszaak__organisatie"),
    (Gedoogbeschikking, "handhavingszaak__organisatie"),
    (Handhavingsverzoek, "organisatie"),
):
    admin.site.register(model, type(f"{model.__name__}Admin", (_AlleenLezen,), {"organisatie_pad": pad}))

"""Functioneel beheer: checklists (versions, sections, questions, conditions), programmes,
objects (with Excel upload) and the per-tenant bezoekrapport texts."""

from django.contrib import admin, messages
from django.contrib.admin.options import InlineModelAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path

from clo.accounts.admin_tenant import (
    TenantModelAdmin,
    TenantStackedInline,
    TenantTabularInline,
    beheerde_organisatie_ids,
)
from toezicht.actions.checklists import activeer_versie, nieuwe_versie
from toezicht.fouten import ToezichtFout
from toezicht.importeren import KOLOMMEN, importeer_objecten
from toezicht.models import (
    Checklist,
    ChecklistVersie,
    Doel,
    Frequentie,
    Overtredingsvoorstel,
    Sectie,
    SyncConflict,
    Thema,
    ToezichtInstellingen,
    Toezichtprogramma,
    Vraag,
    VthObject,
)


class _Vergrendeld:
    """Questions and sections of a version in use or active are read-only."""

    def _versie(self, obj):
        return None

    def has_change_permission(self, request, obj=None):
        versie = self._versie(obj)
        return super().has_change_permission(request, obj) and not (versie and versie.vergrendeld)

    has_delete_permission = has_change_permission

    def has_add_permission(self, request, obj=None):
        versie = self._versie(obj)
        # InlineModelAdmin takes (request, obj), ModelAdmin only (request).
        toegestaan = (super().has_add_permission(request, obj) if isinstance(self, InlineModelAdmin)
                      else super().has_add_permission(request))
        return toegestaan and not (versie and versie.vergrendeld)


class SectieInline(_Vergrendeld, TenantTabularInline):
    model = Sectie
    extra = 0
    show_change_link = True

    def _versie(self, obj):
        return obj


class VraagInline(_Vergrendeld, TenantStackedInline):
    model = Vraag
    extra = 0
    fk_name = "sectie"
    fields = [
        ("code", "volgorde", "type"),
        "tekst",
        ("norm", "eenheid", "foto_verplicht"),
        "keuzes",
        "wettelijke_grondslag",
        "toelichting",
        ("toon_als_vraag", "toon_als_antwoord"),
    ]

    def _versie(self, obj):
        return obj.versie if obj else None

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "toon_als_vraag" and (pk := request.resolver_match.kwargs.get("object_id")):
            kwargs["queryset"] = Vraag.objects.filter(sectie__versie__secties__pk=pk)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(ChecklistVersie)
class ChecklistVersieAdmin(TenantModelAdmin):
    organisatie_pad = "checklist__organisatie"
    list_display = ["__str__", "status", "toelichting", "aangemaakt_op"]
    list_filter = ["status", "checklist__organisatie"]
    inlines = [SectieInline]
    actions = ["activeren"]
    readonly_fields = ["checklist", "versie", "status"]

    @admin.action(description="Geselecteerde conceptversie activeren", permissions=["change"])
    def activeren(self, request, queryset):
        for versie in queryset:
            try:
                activeer_versie(versie, door=request.user)
                messages.success(request, f"{versie} is geactiveerd.")
            except ToezichtFout as exc:
                messages.error(request, str(exc))


@admin.register(Sectie)
class SectieAdmin(_Vergrendeld, TenantModelAdmin):
    organisatie_pad = "versie__checklist__organisatie"
    list_display = ["titel", "versie", "volgorde"]
    inlines = [VraagInline]

    def _versie(self, obj):
        return obj.versie if obj else None


@admin.register(Checklist)
class ChecklistAdmin(TenantModelAdmin):
    list_display = ["naam", "code", "fase", "organisatie"]
    list_filter = ["organisatie", "fase"]
    actions = ["maak_nieuwe_versie"]

    @admin.action(description="Nieuwe conceptversie maken (kopie van de laatste)", permissions=["change"])
    def maak_nieuwe_versie(self, request, queryset):
        for checklist in queryset:
            versie = nieuwe_versie(checklist, door=request.user)
            messages.success(request, f"{versie} aangemaakt als concept.")


class ThemaInline(TenantTabularInline):
    model = Thema
    extra = 0
    show_change_link = True


class FrequentieInline(TenantTabularInline):
    model = Frequentie
    extra = 0


@admin.register(Toezichtprogramma)
class ToezichtprogrammaAdmin(TenantModelAdmin):
    list_display = ["naam", "jaar", "organisatie", "capaciteit_uren", "vastgesteld"]
    list_filter = ["organisatie", "jaar"]
    inlines = [FrequentieInline, ThemaInline]


class DoelInline(TenantTabularInline):
    model = Doel
    extra = 0


@admin.register(Thema)
class ThemaAdmin(TenantModelAdmin):
    organisatie_pad = "programma__organisatie"
    list_display = ["naam", "programma", "checklist"]
    inlines = [DoelInline]


@admin.register(VthObject)
class VthObjectAdmin(TenantModelAdmin):
    list_display = ["objectcode", "naam", "adres", "risicocategorie", "naleefgedrag", "bron", "organisatie"]
    list_filter = ["organisatie", "risicocategorie", "naleefgedrag", "bron"]
    search_fields = ["objectcode", "naam", "straat", "postcode", "woonplaats"]
    change_list_template = "toezicht/admin_objecten_changelist.html"

    def get_urls(self):
        return [
            path("importeren/", self.admin_site.admin_view(self.importeren), name="toezicht_vthobject_importeren"),
            *super().get_urls(),
        ]

    def importeren(self, request):
        from clo.accounts.models import Organisatie

        if not self.has_add_permission(request):
            raise PermissionDenied
        # Only into an organisatie the user manages; anything else is not found.
        ids = beheerde_organisatie_ids(request)
        organisaties = Organisatie.objects.all() if ids is None else Organisatie.objects.filter(pk__in=ids)
        resultaat = None
        if request.method == "POST" and request.FILES.get("bestand"):
            org = get_object_or_404(organisaties, pk=request.POST.get("organisatie") or 0)
            resultaat = importeer_objecten(request.FILES["bestand"], organisatie=org, door=request.user)
            if resultaat.gelukt:
                messages.success(request, f"{resultaat.nieuw} nieuw, {resultaat.bijgewerkt} bijgewerkt.")
                return redirect("admin:toezicht_vthobject_changelist")
        return render(
            request,
            "toezicht/admin_importeren.html",
            {
                **self.admin_site.each_context(request),
                "organisaties": organisaties,
                "resultaat": resultaat,
                "kolommen": KOLOMMEN,
                "title": "VTH-objecten importeren",
            },
        )


@admin.register(ToezichtInstellingen)
class ToezichtInstellingenAdmin(TenantModelAdmin):
    list_display = ["organisatie"]


@admin.register(Overtredingsvoorstel)
class OvertredingsvoorstelAdmin(TenantModelAdmin):
    list_display = ["omschrijving", "status", "organisatie", "aangemaakt_op"]
    list_filter = ["status", "organisatie"]


@admin.register(SyncConflict)
class SyncConflictAdmin(TenantModelAdmin):
    organisatie_pad = "controle__organisatie"
    list_display = ["controle", "vraag", "aangemaakt_op", "opgelost_op"]

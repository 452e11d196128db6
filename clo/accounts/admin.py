from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from clo.accounts.models import Lidmaatschap, Medewerker, Organisatie


@admin.register(Organisatie)
class OrganisatieAdmin(admin.ModelAdmin):
    list_display = ["naam", "gemeentecode", "oin", "zaaknummer_prefix"]
    search_fields = ["naam", "gemeentecode", "oin"]
    fieldsets = [
        (None, {"fields": ["naam", "gemeentecode", "oin", "rsin", "zaaknummer_prefix"]}),
        ("Huisstijl en contact", {"fields": [
            "logo", "kleur_primair", "kleur_secundair", "postadres", "bezoekadres",
            "telefoon", "email", "website", "ondertekening",
        ]}),
    ]


class LidmaatschapInline(admin.StackedInline):
    model = Lidmaatschap
    extra = 0
    filter_horizontal = ["zaaktypen"]
    fk_name = "medewerker"


@admin.register(Medewerker)
class MedewerkerAdmin(UserAdmin):
    inlines = [LidmaatschapInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active"]
    fieldsets = UserAdmin.fieldsets + (("Werk", {"fields": ["functie", "telefoon"]}),)


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(admin.ModelAdmin):
    list_display = ["medewerker", "organisatie", "rollen", "team", "max_vertrouwelijkheid", "actief"]
    list_filter = ["organisatie", "actief", "max_vertrouwelijkheid"]
    search_fields = ["medewerker__username", "medewerker__last_name", "team"]
    filter_horizontal = ["zaaktypen"]

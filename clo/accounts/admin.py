from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from clo.accounts.models import Lidmaatschap, Medewerker, Organisatie
from clo.accounts.rollen import Rol


class LidmaatschapForm(forms.ModelForm):
    """Roles as checkboxes instead of the ArrayField's comma-separated text."""

    rollen = forms.MultipleChoiceField(
        choices=Rol.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Rollen stapelen: de medewerker krijgt de rechten van alle gekozen rollen.",
    )

    class Meta:
        model = Lidmaatschap
        fields = "__all__"


@admin.register(Organisatie)
class OrganisatieAdmin(admin.ModelAdmin):
    list_display = ["naam", "gemeentecode", "oin", "zaaknummer_prefix"]
    search_fields = ["naam", "gemeentecode", "oin"]
    fieldsets = [
        (None, {"fields": ["naam", "gemeentecode", "oin", "rsin", "zaaknummer_prefix"]}),
        (
            "Huisstijl en contact",
            {
                "fields": [
                    "logo",
                    "kleur_primair",
                    "kleur_secundair",
                    "postadres",
                    "bezoekadres",
                    "telefoon",
                    "email",
                    "website",
                    "ondertekening",
                ]
            },
        ),
    ]


class LidmaatschapInline(admin.StackedInline):
    model = Lidmaatschap
    form = LidmaatschapForm
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
    form = LidmaatschapForm
    list_display = ["medewerker", "organisatie", "rollen", "team", "max_vertrouwelijkheid", "actief"]
    list_filter = ["organisatie", "actief", "max_vertrouwelijkheid"]
    search_fields = ["medewerker__username", "medewerker__last_name", "team"]
    filter_horizontal = ["zaaktypen"]

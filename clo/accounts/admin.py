from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db.models import Exists, OuterRef, Q

from clo.accounts.admin_tenant import TenantAdminMixin, TenantInlineMixin, TenantModelAdmin
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
        fields = ["medewerker", "organisatie", "rollen", "team", "max_vertrouwelijkheid", "zaaktypen", "actief"]


@admin.register(Organisatie)
class OrganisatieAdmin(TenantModelAdmin):
    """A beheerder edits the huisstijl of its own organisatie; tenants come and go by superuser."""

    organisatie_pad = "pk"
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

    def has_add_permission(self, request):
        return request.user.is_superuser and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)


class LidmaatschapInline(TenantInlineMixin, admin.StackedInline):
    model = Lidmaatschap
    form = LidmaatschapForm
    extra = 0
    filter_horizontal = ["zaaktypen"]
    fk_name = "medewerker"


@admin.register(Medewerker)
class MedewerkerAdmin(TenantAdminMixin, UserAdmin):
    """A beheerder sees the medewerkers of its organisaties plus accounts without any membership
    yet (just created, so they can be given one); never superusers. Superuser status, groups
    and loose permissions stay with applicatiebeheer: they reach beyond one tenant."""

    organisatie_pad = "lidmaatschappen__organisatie"
    inlines = [LidmaatschapInline]
    list_display = ["username", "first_name", "last_name", "email", "is_active"]
    fieldsets = UserAdmin.fieldsets + (("Werk", {"fields": ["functie", "telefoon"]}),)

    def beperk_tot_organisaties(self, queryset, ids):
        if ids is None:
            return queryset
        lid = Lidmaatschap.objects.filter(medewerker=OuterRef("pk"))
        return queryset.filter(Q(Exists(lid.filter(organisatie_id__in=ids))) | ~Q(Exists(lid))).exclude(
            is_superuser=True
        )

    def get_readonly_fields(self, request, obj=None):
        velden = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            velden += ["is_superuser", "groups", "user_permissions"]
        return velden


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(TenantModelAdmin):
    form = LidmaatschapForm
    list_display = ["medewerker", "organisatie", "rollen", "team", "max_vertrouwelijkheid", "actief"]
    list_filter = ["organisatie", "actief", "max_vertrouwelijkheid"]
    search_fields = ["medewerker__username", "medewerker__last_name", "team"]
    filter_horizontal = ["zaaktypen"]

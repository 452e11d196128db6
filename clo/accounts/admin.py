from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import redirect

from clo.accounts.admin_tenant import TenantAdminMixin, TenantInlineMixin, TenantModelAdmin
from clo.accounts.beheer_scope import beheerde_organisatie_ids
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

    # One account serves a medewerker who works for both gemeenten: what logs it in (name,
    # password, active) belongs to both, so only someone who manages all its organisaties may
    # change it. The beheerder of one still manages that tenant's Lidmaatschap (roles, actief).
    GEDEELD = ["username", "password", "email", "is_active", "is_staff"]
    MELDING_GEDEELD = (
        "Deze medewerker werkt ook voor een andere organisatie. Inlognaam, wachtwoord en actief "
        "kan alleen applicatiebeheer wijzigen; zet voor uw organisatie het lidmaatschap op niet actief."
    )

    def get_readonly_fields(self, request, obj=None):
        velden = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            velden += ["is_superuser", "groups", "user_permissions"]
        if obj is not None and self._ook_elders(request, obj):
            velden += self.GEDEELD
        return velden

    def _ook_elders(self, request, medewerker) -> bool:
        """Has `medewerker` a membership in an organisatie this user does not manage? Asked several
        times per page (readonly fields, form, message), so answered once per request."""
        ids = beheerde_organisatie_ids(request)
        if ids is None:
            return False
        antwoorden = request.__dict__.setdefault("_clo_ook_elders", {})
        if medewerker.pk not in antwoorden:
            antwoorden[medewerker.pk] = (
                Lidmaatschap.objects.filter(medewerker=medewerker).exclude(organisatie_id__in=ids).exists()
            )
        return antwoorden[medewerker.pk]

    def user_change_password(self, request, id, form_url=""):
        medewerker = self.get_object(request, id)
        if medewerker is not None and self._ook_elders(request, medewerker):
            self.message_user(request, self.MELDING_GEDEELD, messages.ERROR)
            return redirect("admin:accounts_medewerker_change", medewerker.pk)
        return super().user_change_password(request, id, form_url)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and self._ook_elders(request, obj):
            self.message_user(request, self.MELDING_GEDEELD, messages.INFO)
        return super().render_change_form(request, context, add, change, form_url, obj)


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(TenantModelAdmin):
    form = LidmaatschapForm
    list_display = ["medewerker", "organisatie", "rollen", "team", "max_vertrouwelijkheid", "actief"]
    list_filter = ["organisatie", "actief", "max_vertrouwelijkheid"]
    search_fields = ["medewerker__username", "medewerker__last_name", "team"]
    filter_horizontal = ["zaaktypen"]

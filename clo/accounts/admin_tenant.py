"""Tenant isolation in the Django admin (see docs/decisions/0003-admin-per-organisatie.md).

A functioneel beheerder works in the admin for the organisaties where an active Lidmaatschap
gives the right "beheer.configureren"; superusers (applicatiebeheer) see every organisatie.
Every registered ModelAdmin declares what it is:

- ``TenantAdminMixin``: rows belong to an organisatie, reached through ``organisatie_pad``
  (default: the model's own ``organisatie`` field). Lists, object pages (404 otherwise), actions,
  choices in forms and list filters are limited to the beheerde organisaties, and a form that
  would put a row into another organisatie is refused.
- ``GlobaalAdminMixin``: one row serves every tenant (calendar, koppeling status). Readable with
  the model permission; only superusers change it, because a change reaches the other tenant too.
- ``AlleenSuperuserAdminMixin``: installation-wide and sensitive (Services with API keys,
  certificates, tokens, security logs, viewflow internals): invisible to everyone but superusers.

tests/foundation/test_admin_registry.py fails for a registered model that is none of these.
"""

from django.contrib import admin
from django.contrib.admin.filters import AllValuesFieldListFilter, RelatedOnlyFieldListFilter
from django.contrib.admin.utils import NotRelationField, get_fields_from_path
from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from django.http import Http404

from clo.accounts.beheer_scope import (
    GEDECLAREERDE_PADEN,
    beheerde_organisatie_ids,
    beperk,
    meerwaardig,
    pad_klopt,
    pad_voor_model,
)
from clo.accounts.models import Organisatie

FOUT_ANDERE_ORGANISATIE = "Dit hoort bij een organisatie die u niet beheert. Kies een organisatie die u beheert."


def _beperk_keuzes(site, model, queryset, request):
    ids = beheerde_organisatie_ids(request)
    if ids is None:
        return queryset
    eigen = site._registry.get(model) if site else None
    if isinstance(eigen, TenantAdminMixin):
        return eigen.beperk_tot_organisaties(queryset, ids)
    pad = pad_voor_model(model)
    return beperk(queryset, pad, ids) if pad else queryset


def _organisatie_id_van(waarde, rest: list[str]):
    """Walk the remainder of the path on a cleaned value; None if it cannot be followed."""
    obj = waarde
    for deel in rest[:-1]:
        obj = getattr(obj, deel, None)
        if obj is None:
            return None
    if not rest:
        return obj.pk
    return getattr(obj, f"{rest[-1]}_id", None)


def _met_tenantcontrole(form_class, model, pad: str | None, ids: list[int] | None):
    """Form subclass that refuses a row whose organisatie is not one the user manages."""
    if ids is None or not pad or pad == "pk" or meerwaardig(model, pad):
        return form_class
    eerste, *rest = pad.split("__")

    def clean(self):
        cleaned = super(nieuw, self).clean()
        waarde = (cleaned or self.cleaned_data).get(eerste)
        if waarde is not None and eerste in self.fields:
            org_id = _organisatie_id_van(waarde, rest)
            if org_id is not None and org_id not in ids:
                self.add_error(eerste, FOUT_ANDERE_ORGANISATIE)
        return cleaned

    nieuw = type(form_class.__name__, (form_class,), {"clean": clean, "__module__": form_class.__module__})
    return nieuw


class _KeuzesBeperken:
    """Foreign-key and many-to-many choices limited to the beheerde organisaties."""

    def _beperk_veld(self, veld, request, db_field):
        if veld is None or not hasattr(veld, "queryset"):
            return veld
        veld.queryset = _beperk_keuzes(self.admin_site, db_field.related_model, veld.queryset, request)
        veld.error_messages["invalid_choice"] = FOUT_ANDERE_ORGANISATIE
        ids = beheerde_organisatie_ids(request)
        if db_field.related_model is Organisatie and ids and len(ids) == 1 and not db_field.many_to_many:
            veld.initial = ids[0]
        return veld

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        veld = super().formfield_for_foreignkey(db_field, request, **kwargs)
        return self._beperk_veld(veld, request, db_field)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        veld = super().formfield_for_manytomany(db_field, request, **kwargs)
        return self._beperk_veld(veld, request, db_field)


class TenantAdminMixin(_KeuzesBeperken):
    """For a ModelAdmin whose rows belong to one organisatie."""

    organisatie_pad: str | None = None  # e.g. "zaak__organisatie"; default "organisatie"

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        if pad := self.bepaal_organisatie_pad():
            GEDECLAREERDE_PADEN[model] = pad

    def bepaal_organisatie_pad(self) -> str | None:
        pad = self.organisatie_pad or ("organisatie" if pad_klopt(self.model, "organisatie") else None)
        return pad if pad_klopt(self.model, pad) else None

    def beperk_tot_organisaties(self, queryset, ids):
        return beperk(queryset, self.bepaal_organisatie_pad(), ids)

    def get_queryset(self, request):
        return self.beperk_tot_organisaties(super().get_queryset(request), beheerde_organisatie_ids(request))

    def get_object(self, request, object_id, from_field=None):
        # Django redirects to the index for a missing object; the project's rule is that another
        # tenant's row is a 404, indistinguishable from a row that does not exist.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404("Dit object bestaat niet of hoort bij een andere organisatie.")
        return obj

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return _met_tenantcontrole(form, self.model, self.bepaal_organisatie_pad(), beheerde_organisatie_ids(request))

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        if beheerde_organisatie_ids(request) is None:
            return filters
        return [_filter_binnen_tenant(self.model, f) for f in filters]

    def check(self, **kwargs):
        fouten = super().check(**kwargs)
        if not self.bepaal_organisatie_pad():
            fouten.append(
                checks.Error(
                    f"{type(self).__name__}: geen pad naar Organisatie; zet organisatie_pad.",
                    obj=type(self),
                    id="clo.E001",
                )
            )
        return fouten


class TenantInlineMixin(_KeuzesBeperken):
    """For inlines: choices limited, and rows filtered when the inline model has its own path
    (e.g. the memberships of a medewerker who works for two tenants)."""

    organisatie_pad: str | None = None

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        pad = self.organisatie_pad or ("organisatie" if pad_klopt(self.model, "organisatie") else None)
        return beperk(queryset, pad, beheerde_organisatie_ids(request)) if pad else queryset

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        pad = self.organisatie_pad or ("organisatie" if pad_klopt(self.model, "organisatie") else None)
        formset.form = _met_tenantcontrole(formset.form, self.model, pad, beheerde_organisatie_ids(request))
        return formset


def _filter_binnen_tenant(model, entry):
    """A list filter on a tenant-owned relation offers only values present in the user's rows."""
    if not isinstance(entry, str):
        return entry
    try:
        velden = get_fields_from_path(model, entry)
    except (FieldDoesNotExist, NotRelationField):
        return entry
    laatste = velden[-1]
    if laatste.is_relation and pad_voor_model(laatste.related_model):
        return (entry, RelatedOnlyFieldListFilter)
    if len(velden) > 1:  # a value behind a relation, e.g. zaaktype__omschrijving
        return (entry, WaardenUitEigenRijen)
    return entry


class WaardenUitEigenRijen(AllValuesFieldListFilter):
    """Django takes the values of a field behind a relation from the whole related table, so
    both tenants' catalogue names; these come from the rows the user may see."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.lookup_choices = (
            model_admin.get_queryset(request)
            .exclude(**{f"{field_path}__isnull": True})
            .order_by(field_path)
            .values_list(field_path, flat=True)
            .distinct()
        )


class GlobaalAdminMixin:
    """One row serves every tenant: readable with the model permission, changed by superusers."""

    def has_add_permission(self, request, *args):
        return request.user.is_superuser and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    def get_actions(self, request):
        return super().get_actions(request) if request.user.is_superuser else {}


class AlleenSuperuserAdminMixin:
    """Installation-wide and sensitive: only applicatiebeheer (superusers) sees it at all."""

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request, *args):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


class TenantModelAdmin(TenantAdminMixin, admin.ModelAdmin):
    pass


class TenantTabularInline(TenantInlineMixin, admin.TabularInline):
    pass


class TenantStackedInline(TenantInlineMixin, admin.StackedInline):
    pass


def soort_admin(model_admin) -> str | None:
    """'tenant', 'globaal', 'superuser' or None (undeclared) — used by the registry test."""
    if isinstance(model_admin, TenantAdminMixin):
        return "tenant" if model_admin.bepaal_organisatie_pad() else None
    if isinstance(model_admin, AlleenSuperuserAdminMixin):
        return "superuser"
    if isinstance(model_admin, GlobaalAdminMixin):
        return "globaal"
    return None


__all__ = [
    "AlleenSuperuserAdminMixin",
    "GlobaalAdminMixin",
    "TenantAdminMixin",
    "TenantInlineMixin",
    "TenantModelAdmin",
    "TenantStackedInline",
    "TenantTabularInline",
    "beheerde_organisatie_ids",
]

"""Every model in the admin is either scoped to the beheerde organisaties or declared global, so
a new ModelAdmin cannot silently show one tenant's rows to the other tenant's beheerder."""

from django.contrib import admin
from django.core import checks

from clo.accounts.admin_tenant import (
    AlleenSuperuserAdminMixin,
    TenantAdminMixin,
    TenantInlineMixin,
    pad_klopt,
    soort_admin,
)


def test_every_registered_model_is_tenant_scoped_or_declared_global():
    onbepaald = sorted(
        model._meta.label for model, model_admin in admin.site._registry.items() if soort_admin(model_admin) is None
    )
    assert onbepaald == [], f"Gebruik TenantAdminMixin of declareer globaal: {onbepaald}"


def test_every_tenant_admin_has_a_path_to_organisatie_and_scoped_inlines():
    for model, model_admin in admin.site._registry.items():
        if not isinstance(model_admin, TenantAdminMixin):
            continue
        assert pad_klopt(model, model_admin.bepaal_organisatie_pad()), model._meta.label
        for inline in model_admin.inlines:
            assert issubclass(inline, TenantInlineMixin), f"{model._meta.label}: {inline.__name__}"


def test_sensitive_installation_wide_models_are_for_superusers_only():
    gevoelig = {
        "zgw_consumers.Service",
        "simple_certmanager.Certificate",
        "auth.Group",
        "dso.Digikoppelaar",
        "viewflow.Task",
        "axes.AccessAttempt",
    }
    labels = {model._meta.label: model_admin for model, model_admin in admin.site._registry.items()}
    for label in gevoelig:
        assert isinstance(labels[label], AlleenSuperuserAdminMixin), label


def test_a_tenant_admin_without_a_path_fails_the_system_check():
    from clo.accounts.admin_tenant import TenantModelAdmin
    from zaken.models import GelijkgesteldeDag

    fouten = TenantModelAdmin(GelijkgesteldeDag, admin.AdminSite(name="proef")).check()
    assert any(isinstance(f, checks.Error) and f.id == "clo.E001" for f in fouten)

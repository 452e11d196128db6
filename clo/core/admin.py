"""Admins of third-party apps, declared for tenant isolation (clo.accounts.admin_tenant).

None of these models has an organisatie. They are installation-wide and sensitive, so only
applicatiebeheer (superusers) sees them:
- zgw-consumers Service / NLX and simple-certmanager certificates: API keys, client keys and
  the endpoints of every tenant's traffic (a tenant's beheerder could read or redirect the
  other tenant's BRP traffic);
- auth Group: the permission sets are shared by both tenants;
- axes: log-in attempts of every medewerker;
- viewflow Process/Task: process internals of every tenant's zaken (tenants see their tasks
  in the werkvoorraad and on the zaak page).

This app is listed after those apps in INSTALLED_APPS, so their admins are registered by the
time this module replaces them with the same class plus the mixin.
"""

from django.apps import apps
from django.contrib import admin

from clo.accounts.admin_tenant import AlleenSuperuserAdminMixin

ALLEEN_SUPERUSER = [
    "auth.Group",
    "axes.AccessAttempt",
    "axes.AccessLog",
    "axes.AccessFailureLog",
    "simple_certmanager.SigningRequest",
    "simple_certmanager.Certificate",
    "zgw_consumers.Service",
    "zgw_consumers.NLXConfig",
    "viewflow.Process",
    "viewflow.Task",
]


def _alleen_superuser(label: str) -> None:
    model = apps.get_model(label)
    if not admin.site.is_registered(model):
        return  # the app dropped its admin; nothing to protect
    bestaand = type(admin.site.get_model_admin(model))
    admin.site.unregister(model)
    admin.site.register(model, type(bestaand.__name__, (AlleenSuperuserAdminMixin, bestaand), {"__module__": __name__}))


for _label in ALLEEN_SUPERUSER:
    _alleen_superuser(_label)

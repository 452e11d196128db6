"""Puts the active tenant membership on the request (request.lidmaatschap / .organisatie).

A user with memberships in several tenants picks one in the header; the choice lives in the
session. Everything tenant-scoped reads request.organisatie, never a URL parameter.
"""

from django.utils.functional import SimpleLazyObject

from clo.accounts.models import Lidmaatschap

SESSION_KEY = "clo_organisatie_id"


def _actief_lidmaatschap(request) -> Lidmaatschap | None:
    user = request.user
    if not user.is_authenticated:
        return None
    cached = getattr(request, "_clo_lidmaatschap", False)
    if cached is not False:
        return cached
    leden = list(
        Lidmaatschap.objects.actief()
        .filter(medewerker=user)
        .select_related("organisatie")
        .prefetch_related("zaaktypen")
        .order_by("organisatie__naam")
    )
    gekozen = request.session.get(SESSION_KEY)
    lid = next((lm for lm in leden if lm.organisatie_id == gekozen), leden[0] if leden else None)
    request._clo_lidmaatschap = lid
    request._clo_lidmaatschappen = leden
    return lid


class TenantMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.lidmaatschap = SimpleLazyObject(lambda: _actief_lidmaatschap(request))
        request.organisatie = SimpleLazyObject(
            lambda: lid.organisatie if (lid := _actief_lidmaatschap(request)) else None
        )
        return self.get_response(request)


def lidmaatschap_van(request) -> Lidmaatschap | None:
    """The real object (or None) behind request.lidmaatschap."""
    return _actief_lidmaatschap(request)


def lidmaatschappen_van(request) -> list[Lidmaatschap]:
    _actief_lidmaatschap(request)
    return getattr(request, "_clo_lidmaatschappen", [])

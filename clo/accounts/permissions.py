"""Permission checks used by every view and API: login, an active tenant membership, and a
capability of one of the user's roles in that tenant."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from clo.accounts.middleware import lidmaatschap_van


def heeft_recht(request, recht: str) -> bool:
    lid = lidmaatschap_van(request)
    return bool(lid and recht in lid.rechten)


def vereist_recht(*rechten: str):
    """View decorator: anonymous → login; no membership or none of `rechten` → 403."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            lid = lidmaatschap_van(request)
            if lid is None:
                raise PermissionDenied("U bent aan geen enkele organisatie gekoppeld.")
            if rechten and not (set(rechten) & lid.rechten):
                raise PermissionDenied("Uw rol geeft geen toegang tot deze functie.")
            return view(request, *args, **kwargs)

        wrapper.vereiste_rechten = rechten
        return wrapper

    return decorator

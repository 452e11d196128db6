from rest_framework.permissions import BasePermission

from clo.accounts.middleware import lidmaatschap_van


class IsToezichthouder(BasePermission):
    message = "Alleen toezichthouders van deze organisatie kunnen de toezicht-app gebruiken."

    def has_permission(self, request, view) -> bool:
        lid = lidmaatschap_van(request)
        return bool(request.user.is_authenticated and lid and "toezicht.uitvoeren" in lid.rechten)

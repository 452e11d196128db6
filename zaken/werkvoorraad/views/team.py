from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from clo.accounts.middleware import lidmaatschap_van
from clo.accounts.permissions import vereist_recht
from zaken.werkvoorraad import selectors


@vereist_recht("werkvoorraad.verdelen")
def teamleider(request):
    lid = lidmaatschap_van(request)
    return render(request, "werkvoorraad/team.html", selectors.teamoverzicht(lid))


@vereist_recht("werkvoorraad.gebruiken")
def notificaties(request):
    lid = lidmaatschap_van(request)
    rijen = list(selectors.ongelezen_notificaties(request.user, lid).select_related("zaak")[:100])
    return render(request, "werkvoorraad/notificaties.html", {"notificaties": rijen})


@require_POST
@vereist_recht("werkvoorraad.gebruiken")
def notificaties_gelezen(request):
    lid = lidmaatschap_van(request)
    aantal = selectors.ongelezen_notificaties(request.user, lid).update(gelezen=True)
    messages.success(request, f"{aantal} meldingen als gelezen gemarkeerd.")
    return redirect("werkvoorraad:index")

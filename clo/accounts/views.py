from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from clo.accounts.middleware import SESSION_KEY, lidmaatschappen_van
from clo.accounts.permissions import vereist_recht


@require_POST
@vereist_recht()
def wissel_organisatie(request):
    """Switch the active tenant; only to a tenant the user is a member of."""
    gekozen = request.POST.get("organisatie")
    lid = next((lm for lm in lidmaatschappen_van(request) if str(lm.organisatie_id) == gekozen), None)
    if lid is None:
        messages.error(request, "U bent geen lid van die organisatie.")
    else:
        request.session[SESSION_KEY] = lid.organisatie_id
        messages.success(request, f"U werkt nu voor {lid.organisatie.naam}.")
    volgende = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(volgende, allowed_hosts={request.get_host()}):
        volgende = "/"
    # Zaak URLs are tenant-bound; after switching go to the list instead of a foreign zaak.
    if volgende.startswith("/zaken/") and volgende != "/zaken/":
        volgende = "/zaken/"
    return HttpResponseRedirect(volgende)

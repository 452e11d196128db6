from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from clo.accounts.middleware import lidmaatschap_van

# First screen per capability, in order of preference.
STARTSCHERMEN = [
    ("werkvoorraad.gebruiken", "werkvoorraad:index"),
    ("kcc.inlichtingen", "kcc:index"),
    ("zaak.lezen", "zaken:lijst"),
]


@login_required
def start(request):
    """Everyone lands on the screen of their main task."""
    lid = lidmaatschap_van(request)
    rechten = lid.rechten if lid else set()
    for recht, url_name in STARTSCHERMEN:
        if recht in rechten:
            try:
                return redirect(url_name)
            except Exception:  # noqa: BLE001 - a screen not installed falls through to the next
                continue
    if request.user.is_staff:
        return redirect("admin:index")
    return redirect("zaken:lijst")

from django.conf import settings

from clo.accounts.middleware import lidmaatschap_van, lidmaatschappen_van
from clo.core.hoofdmenu import menu_voor


def tenant(request):
    lid = lidmaatschap_van(request) if hasattr(request, "user") else None
    return {
        "lidmaatschap": lid,
        "organisatie": lid.organisatie if lid else None,
        "lidmaatschappen": lidmaatschappen_van(request) if lid else [],
        "rechten": lid.rechten if lid else set(),
        "menu": menu_voor(lid.rechten) if lid else [],
        "kaart_tegels": settings.LEAFLET_CONFIG.get("TILES", ""),
    }

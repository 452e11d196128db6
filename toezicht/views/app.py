"""The installable offline app: its HTML shell, the service worker (served here, not from
/static/, so its scope can be /toezicht/app/) and the web app manifest."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie

from clo.accounts.permissions import vereist_recht

APP_MAP = settings.BASE_DIR / "static" / "toezicht" / "app"
SHELL_BESTANDEN = ["app.css", "app.js", "db.js", "sync.js", "ui.js", "checklist.js", "icoon.svg"]


@ensure_csrf_cookie
@vereist_recht("toezicht.uitvoeren")
def app_shell(request):
    return render(request, "toezicht/app.html", {"chunk_kb": getattr(settings, "TOEZICHT_FOTO_CHUNK_KB", 256)})


@never_cache
def service_worker(request):
    # The cache version follows the files' content, so a deploy refreshes the offline shell.
    bron = (APP_MAP / "sw.js").read_text(encoding="utf-8")
    versie = str(abs(hash(tuple((APP_MAP / f).stat().st_mtime_ns for f in SHELL_BESTANDEN if (APP_MAP / f).exists()))))
    bestanden = [static(f"toezicht/app/{f}") for f in SHELL_BESTANDEN]
    kop = f"const CACHE_VERSIE = 'toezicht-{versie}';\nconst SHELL = {bestanden!r};\n".replace("'", '"')
    response = HttpResponse(kop + bron, content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/toezicht/app/"
    return response


def manifest(request):
    return JsonResponse(
        {
            "name": "CLO Toezicht",
            "short_name": "Toezicht",
            "lang": "nl",
            "start_url": "/toezicht/app/",
            "scope": "/toezicht/app/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#154273",
            "icons": [
                {"src": static("toezicht/app/icoon.svg"), "sizes": "any", "type": "image/svg+xml"},
                {"src": static("toezicht/app/icoon-192.png"), "sizes": "192x192", "type": "image/png"},
            ],
        },
        content_type="application/manifest+json",
    )

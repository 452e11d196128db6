from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """A strict CSP: only our own scripts and styles; map tiles from the configured host.
    (Django 5.2 has no built-in CSP.)"""

    def __init__(self, get_response):
        self.get_response = get_response
        tegels = settings.LEAFLET_CONFIG.get("TILES", "")
        tile_host = "/".join(tegels.split("/")[:3]) if tegels.startswith("http") else ""
        img = " ".join(["'self'", "data:", "blob:", tile_host, *settings.CSP_EXTRA_IMG_SRC]).strip()
        self.policy = (
            "default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
            "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; worker-src 'self'; "
            "manifest-src 'self'"
        )

    def __call__(self, request):
        response = self.get_response(request)
        # The Django admin uses inline scripts in a few widgets; it keeps a looser policy.
        if not request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", self.policy)
        return response

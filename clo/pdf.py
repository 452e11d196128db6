"""The one PDF entry point. WeasyPrint is imported lazily: it loads Pango and fonts, which
web requests that never print should not pay for."""

from __future__ import annotations

import base64
import logging
import mimetypes
from pathlib import Path

from django.conf import settings

# Page-margin boxes do not inherit from <body>; without this they fall back to a serif font.
BASIS_CSS = """
@page { size: A4; font-family: "DejaVu Sans", sans-serif; }
html { font-family: "DejaVu Sans", sans-serif; }
"""


class PdfFout(Exception):
    pass


def _toegestane_mappen() -> list[Path]:
    mappen = [Path(settings.BASE_DIR) / "static", Path(settings.BASE_DIR) / "templates" / "documenten"]
    return [m.resolve() for m in mappen]


def _fetcher():
    """Only data: URIs and files inside the project's static/document folders: a letter
    template can never make the server fetch something from the network or read other files."""
    from urllib.parse import unquote

    from weasyprint.urls import URLFetcher

    class BeperkteFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("file://"):
                pad = Path(unquote(url[len("file://") :].split("?")[0])).resolve()
                if not (pad.is_file() and any(pad.is_relative_to(m) for m in _toegestane_mappen())):
                    raise PdfFout(f"Bestand niet toegestaan in een document: {url[:80]}")
            elif not url.startswith("data:"):
                raise PdfFout(f"Bron niet toegestaan in een document: {url[:80]}")
            return super().fetch(url, headers)

    return BeperkteFetcher(allowed_protocols=("file", "data"), timeout=5)


def render_pdf(html: str, *, base_url: str | None = None, pdfa: bool = True) -> bytes:
    """A4 PDF from HTML (page size, margins and running header/footer come from the
    document's print CSS). With pdfa=True the result is PDF/A-3b, the archival variant
    WeasyPrint 70 produces with embedded fonts and an sRGB output intent."""
    import weasyprint

    # WeasyPrint logs every layout step at INFO; in a batch of 1,000 letters that drowns the worker log.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    document = weasyprint.HTML(
        string=html,
        base_url=base_url or str(Path(settings.BASE_DIR) / "static") + "/",
        url_fetcher=_fetcher(),
    )
    opties: dict = {"stylesheets": [weasyprint.CSS(string=BASIS_CSS)]}
    if pdfa:
        opties["pdf_variant"] = "pdf/a-3b"
    return document.write_pdf(**opties)


def data_uri(inhoud: bytes, bestandsnaam: str) -> str:
    """Embeds an image (e.g. a tenant's logo from private storage) so the fetcher needs no
    access to that storage."""
    mimetype = mimetypes.guess_type(bestandsnaam)[0] or "application/octet-stream"
    return f"data:{mimetype};base64,{base64.b64encode(inhoud).decode()}"

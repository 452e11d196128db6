"""Fake of the DSO-LV API "Verzoek afhandelen" (v2) for the demo and tests. See app.py."""

from .app import VerzoekAfhandelenFake, make_app
from .inhoud import bijlage_inhoud, bijlage_sha256
from .opslag import FakeVerzoek, VerzoekOpslag

__all__ = ["FakeVerzoek", "VerzoekAfhandelenFake", "VerzoekOpslag", "bijlage_inhoud", "bijlage_sha256", "make_app"]

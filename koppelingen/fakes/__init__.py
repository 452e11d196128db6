"""Fake servers speaking the wire format of the real external APIs (demo and tests)."""

from .base import FakeApi
from .server import serve

__all__ = ["FakeApi", "serve"]

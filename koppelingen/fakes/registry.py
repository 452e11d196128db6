"""Which fake server is mounted under which path prefix in the demo process (`serve_all`).

Other koppelingen add theirs with `register("dso", "koppelingen.dso.fake:make_app")`, or by
adding a line to FAKES. A factory is a callable returning a WSGI app, or its "module:attr" path
(imported lazily, so listing a fake costs nothing until it is served).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from .wsgi import WSGIApp

FakeFactory = Callable[[], WSGIApp]

FAKES: dict[str, FakeFactory | str] = {
    "bag": "koppelingen.bag.fake:make_app",
    "brk": "koppelingen.brk.fake:make_app",
    "brp": "koppelingen.brp.fake:make_app",
    "kvk": "koppelingen.kvk.fake:make_app",
    "dso": "koppelingen.dso.fake:make_app",
    "swf": "koppelingen.swf.fake:make_app",
}


def register(prefix: str, factory: FakeFactory | str) -> None:
    FAKES[prefix.strip("/")] = factory


def laad(factory: FakeFactory | str) -> FakeFactory:
    if callable(factory):
        return factory
    module, _, attr = factory.partition(":")
    return getattr(import_module(module), attr)


def factories() -> dict[str, FakeFactory]:
    return {prefix: laad(factory) for prefix, factory in FAKES.items()}

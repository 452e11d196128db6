"""Main menu assembled from the apps: each app may have a `menu.py` with
ITEMS = [(label, url_name, recht_or_None, volgorde)], so apps add screens without editing
the base template."""

from functools import cache
from importlib import import_module

from django.apps import apps
from django.urls import NoReverseMatch, reverse


@cache
def _items() -> list[tuple[str, str, str | None, int]]:
    gevonden = []
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.menu")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.menu":
                raise
            continue
        gevonden.extend(module.ITEMS)
    return sorted(gevonden, key=lambda item: item[3])


def menu_voor(rechten: set[str]) -> list[dict]:
    result = []
    for label, url_name, recht, _ in _items():
        if recht and recht not in rechten:
            continue
        try:
            result.append({"label": label, "url": reverse(url_name)})
        except NoReverseMatch:
            continue
    return result

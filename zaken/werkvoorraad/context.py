"""Who is acting while a flow runs: Function nodes after a human step write their events in
the name of the medewerker who completed that step."""

from contextlib import contextmanager
from contextvars import ContextVar

_gebruiker: ContextVar = ContextVar("werkvoorraad_gebruiker", default=None)


@contextmanager
def als_gebruiker(user):
    token = _gebruiker.set(user)
    try:
        yield
    finally:
        _gebruiker.reset(token)


def actor():
    """The acting medewerker, or None for the system (e.g. a Celery task or beat job)."""
    return _gebruiker.get()

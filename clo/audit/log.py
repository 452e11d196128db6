"""Writing to the event log and the verwerkingenlogging. Called inside actions, so the log
row commits or rolls back together with the change it describes."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction

from clo.audit.models import Gebeurtenis, Verwerking

_bundel: ContextVar[list[Gebeurtenis] | None] = ContextVar("clo_audit_bundel", default=None)


@contextmanager
def gebundeld():
    """Inside a transaction: the events of the block are written with one INSERT at its end,
    still inside that transaction (a worker registering a zaak with its status, betrokkenen and
    locaties writes one statement instead of one per action). Nested use joins the outer bundle."""
    if _bundel.get() is not None:
        yield
        return
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("gebundeld() hoort binnen transaction.atomic(): de gebeurtenissen horen bij die wijziging")
    rijen: list[Gebeurtenis] = []
    token = _bundel.set(rijen)
    try:
        yield
    finally:
        _bundel.reset(token)
    if rijen:
        Gebeurtenis.objects.bulk_create(rijen)


def _naam(user) -> str:
    if user is None:
        return "Systeem"
    return user.get_full_name() or user.get_username()


def log_gebeurtenis(
    *, organisatie, door, actie: str, omschrijving: str, zaak=None, obj=None, reden: str = "", data: dict | None = None
) -> Gebeurtenis:
    gebeurtenis = Gebeurtenis(
        organisatie=organisatie,
        actor=door if (door is not None and door.pk) else None,
        actor_naam=_naam(door),
        actie=actie,
        omschrijving=omschrijving,
        reden=reden or "",
        zaak_id=getattr(zaak, "pk", None),
        object_type=type(obj).__name__ if obj is not None else "",
        object_id=str(getattr(obj, "pk", "")) if obj is not None else "",
        data=data or {},
    )
    bundel = _bundel.get()
    if bundel is None:
        gebeurtenis.save(force_insert=True)
    else:
        bundel.append(gebeurtenis)  # written by gebundeld() at the end of the block
    return gebeurtenis


def log_verwerking(
    *,
    organisatie,
    door,
    actie_naam: str,
    handeling: str,
    verwerking: str,
    activiteit_id: str,
    soort_object_id: str,
    object_id: str,
    doel: str = "",
    gegevensbron: str = "CLO",
    betrokkenheid: str = "",
    soorten_gegevens: list[str] | None = None,
    zaak_id: int | None = None,
    vertrouwelijkheid: str = "normaal",
) -> Verwerking:
    return Verwerking.objects.create(
        organisatie=organisatie,
        gebruiker=door if (door is not None and door.pk) else None,
        gebruiker_naam=_naam(door),
        actie_naam=actie_naam,
        handeling_naam=handeling,
        verwerking_naam=verwerking,
        verwerkingsactiviteit_id=activiteit_id,
        doel=doel,
        uitvoerder_oin=organisatie.oin,
        gegevensbron=gegevensbron,
        soort_object_id=soort_object_id,
        object_id=object_id,
        betrokkenheid=betrokkenheid,
        verwerkte_soorten_gegevens=soorten_gegevens or [],
        zaak_id=zaak_id,
        vertrouwelijkheid=vertrouwelijkheid,
    )

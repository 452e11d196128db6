"""Clients of BAG, BRK, BRP and KvK built from the zgw-consumers Service chosen in the admin.

`client_voor(soort)` returns the real client wrapped so every call updates the koppeling
status (and refuses quickly while the circuit is open).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..bag.client import BagClient
from ..basis import RetryBeleid
from ..brk.client import BrkClient
from ..brp.client import BrpClient
from ..errors import KoppelingFout, KoppelingNietBeschikbaar
from ..kvk.client import KvkClient
from . import status
from .models import KORTE_NAAM, Registratiekoppeling, Soort

KLASSEN: dict[str, type] = {Soort.BAG: BagClient, Soort.BRK: BrkClient, Soort.BRP: BrpClient, Soort.KVK: KvkClient}

# Replaced in tests so retries do not sleep; production waits 0.5 s and 1 s between attempts.
STANDAARD_RETRY = RetryBeleid()


class KoppelingNietGeconfigureerd(KoppelingFout):
    """No (active) Service is configured for this registration; retrying helps once it is."""

    standaard_melding = "Deze koppeling is niet ingericht. Functioneel beheer kan haar in het beheer instellen."


class BewaakteClient:
    """Proxy recording the outcome of every public call of the wrapped client."""

    def __init__(self, soort: str, client: Any, *, negeer_circuit: bool = False) -> None:
        self.soort = soort
        self.client = client
        self.negeer_circuit = negeer_circuit

    def __getattr__(self, naam: str) -> Any:
        waarde = getattr(self.client, naam)
        if naam.startswith("_") or not callable(waarde):
            return waarde
        return self._bewaak(waarde)

    def _bewaak(self, functie: Callable[..., Any]) -> Callable[..., Any]:
        def aanroep(*args: Any, **kwargs: Any) -> Any:
            if not self.negeer_circuit and status.circuit_open(self.soort):
                raise KoppelingNietBeschikbaar(
                    f"{KORTE_NAAM[self.soort]} is op dit moment niet bereikbaar. De gegevens worden later aangevuld.",
                    detail="circuit open na herhaalde fouten; nieuwe poging na de wachttijd",
                    systeem=KORTE_NAAM[self.soort],
                )
            try:
                resultaat = functie(*args, **kwargs)
            except KoppelingFout as fout:
                if status.telt_als_storing(fout):
                    status.registreer_fout(self.soort, fout)
                else:
                    status.registreer_succes(self.soort)
                raise
            status.registreer_succes(self.soort)
            return resultaat

        return aanroep


def client_voor(soort: str, *, negeer_circuit: bool = False, zonder_cache: bool = False) -> Any:
    """The client for `soort` ("bag", "brk", "brp", "kvk"), typed as the real client class.

    Raises KoppelingNietGeconfigureerd when functioneel beheer has not (or no longer) set it up.
    """
    from zgw_consumers.client import build_client

    koppeling = Registratiekoppeling.objects.filter(soort=soort, actief=True).select_related("service").first()
    if koppeling is None:
        raise KoppelingNietGeconfigureerd(
            f"De koppeling met de {KORTE_NAAM[Soort(soort)]} is niet ingericht of staat uit. "
            "Functioneel beheer kan haar instellen onder Beheer › Koppelingen met basisregistraties.",
            systeem=KORTE_NAAM[Soort(soort)],
        )
    sessie = build_client(koppeling.service)
    client = KLASSEN[soort](sessie, retry=STANDAARD_RETRY)
    if zonder_cache:
        client.cache = None
    return BewaakteClient(soort, client, negeer_circuit=negeer_circuit)

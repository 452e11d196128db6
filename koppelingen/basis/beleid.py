"""Retry policy and the in-memory cache used by the koppeling clients."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RetryBeleid:
    """Bounded retry with exponential backoff. `sleep` is injectable so tests stay fast."""

    pogingen: int = 3
    eerste_wachttijd: float = 0.5
    factor: float = 2.0
    max_wachttijd: float = 5.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def wachttijden(self) -> Iterator[float]:
        """The pauses between attempts (one fewer than `pogingen`)."""
        wacht = self.eerste_wachttijd
        for _ in range(max(self.pogingen - 1, 0)):
            yield min(wacht, self.max_wachttijd)
            wacht *= self.factor


GEEN_HERHALING = RetryBeleid(pogingen=1)

ONTBREEKT = object()


class TTLCache:
    """A small thread-safe in-memory cache whose entries expire after `ttl` seconds."""

    def __init__(
        self, ttl: float, max_items: int = 1024, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self.max_items = max_items
        self._clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return ONTBREEKT
            verloopt, waarde = item
            if verloopt <= self._clock():
                del self._items[key]
                return ONTBREEKT
            self._items.move_to_end(key)
            return waarde

    def set(self, key: Hashable, waarde: Any) -> None:
        with self._lock:
            self._items[key] = (self._clock() + self.ttl, waarde)
            self._items.move_to_end(key)
            while len(self._items) > self.max_items:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

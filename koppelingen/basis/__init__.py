"""Shared plumbing for the clients of external APIs: timeouts, retries, caching, error mapping."""

from .beleid import GEEN_HERHALING, RetryBeleid, TTLCache
from .client import HERHAALBARE_STATUS, STANDAARD_TIMEOUT, KoppelingClient, momentopname

__all__ = [
    "GEEN_HERHALING",
    "HERHAALBARE_STATUS",
    "STANDAARD_TIMEOUT",
    "KoppelingClient",
    "RetryBeleid",
    "TTLCache",
    "momentopname",
]

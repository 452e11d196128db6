"""Stores the caller's `extra` data as JSON while keeping dates and amounts typed, so a
concept regenerated or made definitief later renders exactly the same values."""

import datetime
from decimal import Decimal


def naar_json(waarde):
    if isinstance(waarde, dict):
        return {str(k): naar_json(v) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [naar_json(v) for v in waarde]
    if isinstance(waarde, datetime.datetime):
        return {"__datumtijd__": waarde.isoformat()}
    if isinstance(waarde, datetime.date):
        return {"__datum__": waarde.isoformat()}
    if isinstance(waarde, Decimal):
        return {"__bedrag__": str(waarde)}
    return waarde


def uit_json(waarde):
    if isinstance(waarde, dict):
        if set(waarde) == {"__datum__"}:
            return datetime.date.fromisoformat(waarde["__datum__"])
        if set(waarde) == {"__datumtijd__"}:
            return datetime.datetime.fromisoformat(waarde["__datumtijd__"])
        if set(waarde) == {"__bedrag__"}:
            return Decimal(waarde["__bedrag__"])
        return {k: uit_json(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [uit_json(v) for v in waarde]
    return waarde

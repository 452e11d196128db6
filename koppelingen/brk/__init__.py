"""BRK (Basisregistratie Kadaster) via BRK-Bevragen v2: client, mapping and fake server."""

"""BAG (Basisregistratie Adressen en Gebouwen): client, mapping and fake server."""

"""KVK Handelsregister (Zoeken, Basisprofiel, Vestigingsprofiel): client, mapping, fake server."""

"""Intake of DSO verzoeken: receive and store raw, process, fetch bijlagen."""

"""Ingest a STAM verzoekbericht from a file (ops replay): `manage.py dso_inlezen PAD.xml [--bijlagen MAP] [--json]`."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from koppelingen.dso.services.inlezen import lees_bestand_in, resultaat


class Command(BaseCommand):
    help = "Leest een DSO-verzoekbericht (STAM 4.0) uit een bestand in en verwerkt het."

    def add_arguments(self, parser):
        parser.add_argument("pad", type=Path)
        parser.add_argument("--bijlagen", type=Path, default=None, help="Map met de bijlagen (op bestandsnaam).")
        parser.add_argument("--json", action="store_true", help="Uitvoer als JSON.")

    def handle(self, *args, pad: Path, bijlagen: Path | None, json: bool, **options):
        if not pad.is_file():
            raise CommandError(f"Bestand {pad} bestaat niet.")
        if bijlagen is not None and not bijlagen.is_dir():
            raise CommandError(f"Map {bijlagen} bestaat niet.")
        try:
            bericht, nieuw = lees_bestand_in(pad, bijlagen)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        uit = resultaat(bericht, nieuw)
        if json:
            self.stdout.write(_json(uit))
        else:
            self.stdout.write(f"verzoeknummer: {uit['verzoeknummer'] or '(onleesbaar)'}")
            self.stdout.write(f"status: {bericht.get_status_display()}{'' if nieuw else ' (al eerder ontvangen)'}")
            self.stdout.write(f"zaken: {', '.join(uit['zaken']) or '-'}")
            if uit["melding"]:
                self.stdout.write(f"melding: {uit['melding']}")
        if bericht.status == "fout":
            raise SystemExit(2)


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False)

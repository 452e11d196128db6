"""`manage.py termijn`: compute a deadline and print its explanation (text or JSON).

Parsing and printing only; the calculation lives in `zaken.termijnen`.
"""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from zaken.termijnen import (
    PROCEDURES,
    Duur,
    TermijnConventies,
    TermijnFout,
    bereken,
    kalender_voor_django,
    parse_datum,
    parse_opschorting,
    parse_verlenging,
)

# option name -> (keyword for `bereken`, parser)
_DATUMS = {
    "ontvangen": "ontvangen",
    "bekendgemaakt": "bekendgemaakt",
    "ter_inzage": "ter_inzage",
    "voornemen_verzonden": "voornemen_verzonden",
    "start": "start",
    "ingebrekestelling": "ingebrekestelling_ontvangen",
    "beslist": "beslist",
    "termijn_einde": "termijn_einde",
    "gebeurtenis": "gebeurtenis",
    "vandaag": "vandaag",
}


class Command(BaseCommand):
    help = "Bereken een termijn (Awb, Ow, Algemene termijnenwet) en toon hoe die tot stand komt."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--procedure", help=f"een van: {', '.join(PROCEDURES)}")
        parser.add_argument("--ontvangen", help="datum van ontvangst (aanvraag, verzoek, melding)")
        parser.add_argument(
            "--opschorting",
            action="append",
            default=[],
            help="VERZOEK:ONTVANGEN, bv. 2027-01-04:2027-01-18 (herhaalbaar; 'VERZOEK:' loopt nog)",
        )
        parser.add_argument(
            "--verlenging",
            action="append",
            default=[],
            help="duur, bv. 6w, 14d of 2m, eventueel @datum bekendmaking (6w@2027-02-01)",
        )
        parser.add_argument("--bekendgemaakt", help="bezwaar: datum bekendmaking van het besluit")
        parser.add_argument(
            "--ter-inzage", help="zienswijze: datum terinzagelegging ontwerpbesluit"
        )
        parser.add_argument(
            "--voornemen-verzonden", help="zienswijze: verzenddatum voornemen (handhaving)"
        )
        parser.add_argument("--start", help="melding: beoogde startdatum van de activiteit")
        parser.add_argument("--weken", help="zienswijze/melding: afwijkend aantal weken")
        parser.add_argument(
            "--ingebrekestelling", help="dwangsom: datum ontvangst ingebrekestelling"
        )
        parser.add_argument("--beslist", help="dwangsom: verzenddatum van het (late) besluit")
        parser.add_argument(
            "--termijn-einde", help="dwangsom: einddatum beslistermijn (anders via --ontvangen)"
        )
        parser.add_argument("--gebeurtenis", help="termijn: datum van de gebeurtenis")
        parser.add_argument("--duur", help="termijn: duur, bv. 3d of 2w")
        parser.add_argument(
            "--opschorting-telling",
            help="telling opgeschorte dagen (standaard exclusief)",
        )
        parser.add_argument(
            "--vandaag", help="peildatum voor lopende opschorting of dwangsom (standaard vandaag)"
        )
        parser.add_argument("--json", action="store_true", help="uitvoer als JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["procedure"]:
            raise CommandError(f"Geef --procedure op, een van: {', '.join(PROCEDURES)}.")
        try:
            gegevens = self._gegevens(options)
            resultaat = bereken(options["procedure"], kalender=kalender_voor_django(), **gegevens)
        except TermijnFout as fout:
            raise CommandError(str(fout)) from fout
        if options["json"]:
            self.stdout.write(json.dumps(resultaat.to_dict(), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(resultaat.als_tekst())

    def _gegevens(self, options: dict[str, Any]) -> dict[str, Any]:
        gegevens: dict[str, Any] = {
            naam: parse_datum(options[optie])
            for optie, naam in _DATUMS.items()
            if options.get(optie)
        }
        if options["opschorting"]:
            gegevens["opschortingen"] = [
                parse_opschorting(tekst) for tekst in options["opschorting"]
            ]
        if options["verlenging"]:
            gegevens["verlengingen"] = [parse_verlenging(tekst) for tekst in options["verlenging"]]
        if options.get("weken"):
            if not options["weken"].isdigit():
                raise TermijnFout(
                    f"Ongeldig aantal weken '{options['weken']}': geef een heel getal."
                )
            gegevens["weken"] = int(options["weken"])
        if options.get("duur"):
            gegevens["duur"] = Duur.parse(options["duur"])
        if options.get("opschorting_telling"):
            gegevens["conventies"] = TermijnConventies(
                opschorting_telling=options["opschorting_telling"]
            )
        return gegevens

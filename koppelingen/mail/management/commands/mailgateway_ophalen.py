from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from koppelingen.mail import bronnen


class Command(BaseCommand):
    help = (
        "Haalt inkomende mail op (IMAP, Maildir of een map met .eml-bestanden), bewaart elk bericht en koppelt het "
        "aan de zaak waarvan het zaaknummer in het onderwerp staat; de rest gaat naar het postvak."
    )

    def add_arguments(self, parser):
        bron = parser.add_mutually_exclusive_group()
        bron.add_argument("--maildir", type=Path, help="Pad naar een Maildir.")
        bron.add_argument("--eml-map", type=Path, help="Map met .eml-bestanden; verwerkte gaan naar verwerkt/.")
        bron.add_argument("--imap", action="store_true", help="IMAP volgens MAILGATEWAY_IMAP_* (standaard).")
        parser.add_argument("--organisatie", help="Gemeentecode voor berichten zonder herkenbaar zaaknummer.")

    def handle(self, *args, maildir=None, eml_map=None, imap=False, organisatie=None, **options):
        org = bronnen._organisatie(organisatie)
        if organisatie and org is None:
            raise CommandError(f"Onbekende organisatie {organisatie}.")
        for pad in (maildir, eml_map):
            if pad is not None and not pad.is_dir():
                raise CommandError(f"Map {pad} bestaat niet.")
        if eml_map:
            resultaat = bronnen.lees_eml_map(eml_map, organisatie=org).als_dict()
        elif maildir:
            resultaat = bronnen.lees_maildir(maildir, organisatie=org).als_dict()
        elif imap:
            r = bronnen.lees_imap(organisatie=org)
            for melding in r.meldingen:
                self.stderr.write(melding)
            resultaat = r.als_dict()
        else:
            resultaat = bronnen.haal_op_volgens_instellingen(organisatie_code=organisatie)
        self.stdout.write(", ".join(f"{k}: {v}" for k, v in resultaat.items()))

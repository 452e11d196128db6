"""Runs the demo: the built-in fake koppelingen servers in a child process, then the web
server. Celery runs eager (in-process) unless CELERY_BROKER_URL is set."""

import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Start de demo: nep-koppelingen (BAG, BRK, BRP, KvK, DSO) en de webserver."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--fakes-port", type=int, default=8001)

    def handle(self, host: str, port: int, fakes_port: int, **options):
        fakes = subprocess.Popen(
            [sys.executable, "-m", "koppelingen.fakes.serve_all", "--host", "127.0.0.1", "--port", str(fakes_port)]
        )
        self.stdout.write(f"Nep-koppelingen draaien op http://127.0.0.1:{fakes_port}/ (pid {fakes.pid}).")
        try:
            if self._wacht_op(f"http://127.0.0.1:{fakes_port}/"):
                # Demo data was loaded before the fakes ran: complete BAG/BRK/BRP/KvK data now
                # (in production the beat job does this every 15 minutes).
                call_command("verrijking_inhalen", stdout=self.stdout)
            call_command("runserver", f"{host}:{port}", use_reloader=False)
        finally:
            fakes.terminate()
            fakes.wait(timeout=10)

    def _wacht_op(self, url: str, seconden: float = 15) -> bool:
        import time
        import urllib.request

        einde = time.monotonic() + seconden
        while time.monotonic() < einde:
            try:
                urllib.request.urlopen(url, timeout=1)
                return True
            except OSError:
                time.sleep(0.3)
        self.stderr.write("De nep-koppelingen reageren niet; verrijking volgt later.")
        return False

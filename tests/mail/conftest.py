import socket

import pytest

from koppelingen.mail.laden import laad_mailsjablonen
from tests.brieven.conftest import realistische_zaak, sjablonen  # noqa: F401 - shared fixtures


@pytest.fixture
def mailsjablonen(nef, dantumadiel):
    laad_mailsjablonen(nef)
    laad_mailsjablonen(dantumadiel)


@pytest.fixture
def smtp_server():
    """A real SMTP server on loopback that keeps what it receives."""
    from aiosmtpd.controller import Controller

    class Opvanger:
        def __init__(self):
            self.berichten = []

        async def handle_DATA(self, server, session, envelope):
            self.berichten.append(envelope)
            return "250 OK"

    opvanger = Opvanger()
    with socket.socket() as s:  # aiosmtpd's start() connects to its port to check it, so 0 will not do
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    controller = Controller(opvanger, hostname="127.0.0.1", port=poort)
    controller.start()
    try:
        yield poort, opvanger
    finally:
        controller.stop()

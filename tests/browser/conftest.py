"""Playwright on Debian's Chromium (never a downloaded browser). With CI=true a missing
Chromium fails the run instead of skipping the journeys."""

import os

import pytest

from tests.conftest import chromium_pad

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WACHTWOORD = "Test-wachtwoord-1"


@pytest.fixture(scope="session")
def browser():
    pad = chromium_pad()
    if pad is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium ontbreekt op de CI-machine (apt-get install chromium).")
        pytest.skip("Chromium is niet geïnstalleerd; installeer het met 'apt-get install chromium'.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=pad, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def pagina(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def inloggen(page, user, wachtwoord: str = WACHTWOORD) -> None:
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill(wachtwoord)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/inloggen/" not in url)


def ernstige_toegankelijkheidsfouten(page) -> list[str]:
    """axe-core (bundled in axe-playwright-python) violations with impact serious/critical."""
    from axe_playwright_python.sync_playwright import Axe

    resultaat = Axe().run(page)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}x)"
        for v in resultaat.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]

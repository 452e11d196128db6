"""Where incoming mail is read from: a directory of .eml files, a Maildir, or IMAP.
Every reader stores the message before it touches the source (move/flag), never deletes."""

from __future__ import annotations

import imaplib
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from clo.env import env, env_bool, env_int
from koppelingen.mail.inkomend import bewaar_bericht, verwerk_bericht

logger = logging.getLogger(__name__)


@dataclass
class Resultaat:
    gelezen: int = 0
    nieuw: int = 0
    gekoppeld: int = 0
    postvak: int = 0
    fouten: int = 0
    meldingen: list[str] = field(default_factory=list)

    def tel(self, bericht, nieuw: bool) -> None:
        self.gelezen += 1
        self.nieuw += int(nieuw)
        if nieuw:
            bericht = verwerk_bericht(bericht)
            veld = {"gekoppeld": "gekoppeld", "postvak": "postvak", "fout": "fouten"}.get(bericht.status)
            if veld:
                setattr(self, veld, getattr(self, veld) + 1)

    def als_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "meldingen"}


def _organisatie(code: str | None):
    from clo.accounts.models import Organisatie

    return Organisatie.objects.filter(gemeentecode=code).first() if code else None


def lees_eml_map(pad: Path, *, organisatie=None) -> Resultaat:
    """*.eml in `pad`; each file moves to `pad/verwerkt/` only after it is stored."""
    resultaat = Resultaat()
    verwerkt = pad / "verwerkt"
    verwerkt.mkdir(exist_ok=True)
    for bestand in sorted(pad.glob("*.eml")):
        bericht, nieuw = bewaar_bericht(
            bestand.read_bytes(), bron="eml", bron_sleutel=bestand.name, organisatie=organisatie
        )
        resultaat.tel(bericht, nieuw)
        doel = verwerkt / bestand.name
        if doel.exists():
            doel = verwerkt / f"{bestand.stem}-{bericht.pk}{bestand.suffix}"
        shutil.move(str(bestand), doel)
    return resultaat


def lees_maildir(pad: Path, *, organisatie=None) -> Resultaat:
    """Unseen messages of a Maildir (new/ and cur/ without flag S). After storing, a message is
    marked seen the way a mail client does: renamed into cur/ with ':2,S'. The file's bytes
    are never rewritten and nothing is removed."""
    resultaat = Resultaat()
    if not (pad / "new").is_dir() or not (pad / "cur").is_dir():
        raise FileNotFoundError(f"{pad} is geen Maildir (new/ en cur/ ontbreken).")
    for sub in ("new", "cur"):
        for bestand in sorted(p for p in (pad / sub).iterdir() if p.is_file() and not p.name.startswith(".")):
            basis, _, info = bestand.name.partition(":")
            vlaggen = info[2:] if info.startswith("2,") else ""
            if "S" in vlaggen:
                continue
            bericht, nieuw = bewaar_bericht(
                bestand.read_bytes(), bron="maildir", bron_sleutel=basis, organisatie=organisatie
            )
            resultaat.tel(bericht, nieuw)
            bestand.rename(pad / "cur" / f"{basis}:2,{''.join(sorted(vlaggen + 'S'))}")
    return resultaat


def lees_imap(*, organisatie=None) -> Resultaat:
    """UNSEEN messages of MAILGATEWAY_IMAP_MAP; flagged \\Seen (and optionally copied to
    MAILGATEWAY_IMAP_VERWERKT_MAP) only after they are stored."""
    resultaat = Resultaat()
    host = env("MAILGATEWAY_IMAP_HOST")
    if not host:
        resultaat.meldingen.append("MAILGATEWAY_IMAP_HOST is niet ingesteld.")
        return resultaat
    klasse = imaplib.IMAP4_SSL if env_bool("MAILGATEWAY_IMAP_SSL", True) else imaplib.IMAP4
    with klasse(
        host,
        env_int("MAILGATEWAY_IMAP_PORT", 993 if klasse is imaplib.IMAP4_SSL else 143),
        timeout=env_int("MAILGATEWAY_IMAP_TIMEOUT", 30),
    ) as imap:
        imap.login(env("MAILGATEWAY_IMAP_GEBRUIKER"), env("MAILGATEWAY_IMAP_WACHTWOORD"))
        imap.select(env("MAILGATEWAY_IMAP_MAP", "INBOX"))
        _, data = imap.uid("search", None, "UNSEEN")
        for uid in (data[0] or b"").split():
            _, delen = imap.uid("fetch", uid, "(BODY.PEEK[])")
            raw = next((d[1] for d in delen if isinstance(d, tuple)), None)
            if raw is None:
                continue
            bericht, nieuw = bewaar_bericht(raw, bron="imap", bron_sleutel=uid.decode(), organisatie=organisatie)
            resultaat.tel(bericht, nieuw)
            if doelmap := env("MAILGATEWAY_IMAP_VERWERKT_MAP"):
                imap.uid("copy", uid, doelmap)
            imap.uid("store", uid, "+FLAGS", "(\\Seen)")
    return resultaat


def haal_op_volgens_instellingen(*, organisatie_code: str | None = None) -> dict:
    organisatie = _organisatie(organisatie_code or env("MAILGATEWAY_ORGANISATIE") or None)
    if pad := env("MAILGATEWAY_EML_MAP"):
        return lees_eml_map(Path(pad), organisatie=organisatie).als_dict()
    if pad := env("MAILGATEWAY_MAILDIR"):
        return lees_maildir(Path(pad), organisatie=organisatie).als_dict()
    if env("MAILGATEWAY_IMAP_HOST"):
        return lees_imap(organisatie=organisatie).als_dict()
    return {"melding": "Geen mailbron ingesteld (MAILGATEWAY_EML_MAP, MAILGATEWAY_MAILDIR of MAILGATEWAY_IMAP_HOST)."}

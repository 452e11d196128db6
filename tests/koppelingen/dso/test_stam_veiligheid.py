"""Hostile or broken input is refused with a fatal StamFout before anything is mapped."""

from __future__ import annotations

import pytest

from koppelingen.dso.samples import lees_sample
from koppelingen.dso.stam import (
    MAX_BYTES_STANDAARD,
    OnbekendBericht,
    OngeldigeXml,
    OnveiligeXml,
    StamFout,
    parse_verzoek,
    valideer,
)

GELDIG = lees_sample("nef_kap_kollum")
IMAM = "http://www.omgevingswet.nl/koppelvlak/stam-v4/IMAM"
GEHEIM = "CLO-XXE-GEHEIM-7f3a"

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + f']>\n<verzoekXML xmlns="{IMAM}">&lol9;</verzoekXML>'
)


def _xxe(pad) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE verzoekXML [<!ENTITY xxe SYSTEM "file://{pad}">]>\n'
        f'<verzoekXML xmlns="{IMAM}"><verzoek>&xxe;</verzoek></verzoekXML>'
    )


@pytest.fixture
def geheim_bestand(tmp_path):
    pad = tmp_path / "geheim.txt"
    pad.write_text(GEHEIM)
    return pad


def _fout(data: bytes, **kwargs) -> StamFout:
    with pytest.raises(StamFout) as info:
        parse_verzoek(data, **kwargs)
    fout = info.value
    assert fout.melding and fout.detail  # a Dutch message for users, a detail for ops
    return fout


@pytest.mark.parametrize(
    "data", [b"", b"   \n\t ", b"<verzoekXML", b"\xff\xfe\x00garbage", b"<a><b></a>", b"geen xml"]
)
def test_not_well_formed_or_empty_input_is_ongeldige_xml(data):
    assert isinstance(_fout(data), OngeldigeXml)


def test_billion_laughs_is_refused_without_expanding():
    fout = _fout(BILLION_LAUGHS.encode())
    assert isinstance(fout, OnveiligeXml)
    assert "lol" not in fout.detail


def test_external_entity_does_not_read_local_files(geheim_bestand):
    fout = _fout(_xxe(geheim_bestand).encode())
    assert isinstance(fout, OnveiligeXml)
    assert GEHEIM not in str(fout)


def test_xxe_hidden_in_utf16_is_refused_too(geheim_bestand):
    data = _xxe(geheim_bestand).replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    fout = _fout(data.encode("utf-16"))
    assert isinstance(fout, OnveiligeXml)
    assert GEHEIM not in str(fout)


def test_etc_passwd_xxe_is_refused():
    fout = _fout(_xxe("/etc/passwd").encode())
    assert isinstance(fout, OnveiligeXml)
    assert "root:" not in str(fout)


def test_any_doctype_is_refused_even_without_entities():
    data = GELDIG.replace(b"<!--", b"<!DOCTYPE verzoekXML>\n<!--", 1)
    assert isinstance(_fout(data), OnveiligeXml)


def test_external_dtd_reference_is_refused():
    data = GELDIG.replace(b"<!--", b'<!DOCTYPE verzoekXML SYSTEM "file:///etc/passwd">\n<!--', 1)
    assert isinstance(_fout(data), OnveiligeXml)


def test_wrong_root_namespace_is_onbekend_bericht():
    data = GELDIG.replace(IMAM.encode(), b"http://www.omgevingswet.nl/koppelvlak/stam-v3/IMAM")
    fout = _fout(data)
    assert isinstance(fout, OnbekendBericht)
    assert "stam-v3" in fout.detail


def test_other_message_in_the_stam_namespace_is_onbekend_bericht():
    data = f'<verzoeknotificatie xmlns="{IMAM}"><nummer>1</nummer></verzoeknotificatie>'
    assert isinstance(_fout(data.encode()), OnbekendBericht)


def test_input_over_the_default_limit_is_refused_before_parsing():
    te_groot = GELDIG + b" " * (MAX_BYTES_STANDAARD - len(GELDIG) + 1)
    fout = _fout(te_groot)
    assert isinstance(fout, OnveiligeXml)
    assert str(MAX_BYTES_STANDAARD) in fout.detail


def test_limit_is_configurable_per_call():
    assert isinstance(_fout(GELDIG, max_bytes=len(GELDIG) - 1), OnveiligeXml)
    assert parse_verzoek(GELDIG, max_bytes=len(GELDIG)).verzoek.verzoeknummer == "2026111200203"


def test_valideer_refuses_hostile_input_the_same_way():
    with pytest.raises(OnveiligeXml):
        valideer(BILLION_LAUGHS.encode())
    with pytest.raises(OngeldigeXml):
        valideer(b"<niet-af")

"""Whatever bytes arrive, the parser either returns a result or raises a documented StamFout."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from koppelingen.dso.samples import lees_sample
from koppelingen.dso.stam import ParseResultaat, StamFout, parse_verzoek

SAMPLES = [
    lees_sample("nef_bouwactiviteit_dokkum_initieren"),
    lees_sample("dantumadiel_omgevingsplanactiviteit_damwald"),
    lees_sample("nef_kap_kollum"),
]
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _verwerk(data: bytes) -> str:
    """'geparseerd' or 'geweigerd'; any exception other than a StamFout fails the test."""
    try:
        resultaat = parse_verzoek(data)
    except StamFout as fout:
        assert fout.melding and fout.detail
        return "geweigerd"
    assert isinstance(resultaat, ParseResultaat)
    assert resultaat.verzoek.verzoeknummer
    return "geparseerd"


@st.composite
def gemuteerde_bytes(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 8))):
        positie = draw(st.integers(0, len(data) - 1))
        soort = draw(st.sampled_from(["vervang", "invoegen", "verwijder", "afkappen"]))
        if soort == "vervang":
            data[positie] = draw(st.integers(0, 255))
        elif soort == "invoegen":
            data[positie:positie] = draw(st.binary(min_size=1, max_size=12))
        elif soort == "verwijder":
            del data[positie : positie + draw(st.integers(1, 40))]
        else:
            del data[positie:]
        if not data:
            break
    return bytes(data)


XML_TEKST = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=30,
) | st.sampled_from(
    [
        "",
        "true",
        "0",
        "NaN",
        "-1e999",
        "2026-02-30T25:61:00",
        "24:00:00",
        "53.0 6.0 53.0",
        "Initieren",
        "Aanvullen",
        "   ",
    ]
)


@st.composite
def gemuteerde_structuur(draw) -> bytes:
    """Valid XML with element contents replaced, removed or duplicated: exercises the mapping."""
    root = etree.fromstring(draw(st.sampled_from(SAMPLES)))
    elementen = [el for el in root.iter() if isinstance(el.tag, str) and el is not root]
    for _ in range(draw(st.integers(1, 6))):
        el = draw(st.sampled_from(elementen))
        ouder = el.getparent()
        soort = draw(st.sampled_from(["tekst", "verwijder", "dubbel", "leeg"]))
        if soort == "tekst":
            el.text = draw(XML_TEKST)
        elif soort == "verwijder" and ouder is not None:
            ouder.remove(el)
        elif soort == "dubbel" and ouder is not None:
            ouder.append(etree.fromstring(etree.tostring(el)))
        else:
            for kind in list(el):
                el.remove(kind)
    return etree.tostring(root)


@FUZZ
@given(gemuteerde_bytes())
def test_mutated_bytes_of_a_sample_give_result_or_stamfout(data):
    assert _verwerk(data) in {"geparseerd", "geweigerd"}


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_give_stamfout(data):
    assert _verwerk(data) == "geweigerd"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gemuteerde_structuur())
def test_mutated_contents_of_a_sample_give_result_or_stamfout(data):
    assert _verwerk(data) in {"geparseerd", "geweigerd"}

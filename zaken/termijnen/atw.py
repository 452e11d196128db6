"""Applying the Algemene termijnenwet to a computed end date (art. 1 and 2), with explanation."""

from datetime import date, timedelta

from .kalender import AtwKalender
from .resultaat import Uitleg, datum_nl


def vrije_dag_reden(datum: date, kalender: AtwKalender) -> str | None:
    """'Goede Vrijdag, Atw art. 3', 'zaterdag', ... or None for a working day."""
    naam = kalender.vrije_dag(datum)
    if naam is None:
        return None
    if kalender.is_kb_dag(datum):
        return f"{naam}, Atw art. 3 lid 3; {kalender.kb_bron(datum)}"
    if kalender.feestdag(datum):
        return f"{naam}, Atw art. 3"
    return naam


def atw_einddatum(ruw: date, *, eerste_dag: date, kalender: AtwKalender, uitleg: Uitleg) -> date:
    """End date after Atw art. 1 (next working day) and art. 2 (at least two working days).

    `eerste_dag` is the first day of the term, needed for art. 2.
    """
    einde = _artikel_1(ruw, kalender, uitleg)
    return _artikel_2(ruw, einde, eerste_dag, kalender, uitleg)


def _artikel_1(ruw: date, kalender: AtwKalender, uitleg: Uitleg) -> date:
    redenen: list[str] = []
    einde = ruw
    while (reden := vrije_dag_reden(einde, kalender)) is not None:
        redenen.append(f"{datum_nl(einde)} ({reden})")
        einde += timedelta(days=1)
    if not redenen:
        uitleg.stap(
            f"Einddatum {datum_nl(ruw)} is een werkdag: geen verschuiving nodig (Atw art. 1)", ruw
        )
        return ruw
    tekst = f"Einddatum {redenen[0]} is geen werkdag"
    if len(redenen) > 1:
        tekst += f"; ook {_opsomming(redenen[1:])} niet"
    uitleg.stap(f"{tekst}: verschoven naar {datum_nl(einde)} (Atw art. 1)", einde)
    return einde


def _artikel_2(
    ruw: date, einde: date, eerste_dag: date, kalender: AtwKalender, uitleg: Uitleg
) -> date:
    # Art. 2 applies to terms of at least three days; the term's own length decides, not the
    # length after the art. 1 shift.
    if (ruw - eerste_dag).days + 1 < 3:
        return einde
    nieuw = einde
    while kalender.werkdagen_tussen(eerste_dag, nieuw) < 2:
        nieuw = kalender.volgende_werkdag(nieuw + timedelta(days=1))
    if nieuw != einde:
        uitleg.stap(
            f"De termijn ({datum_nl(eerste_dag)} t/m {datum_nl(einde)}) bevat minder dan twee "
            f"werkdagen: verlengd tot {datum_nl(nieuw)} (Atw art. 2)",
            nieuw,
        )
    return nieuw


def _opsomming(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def waarschuw_zonder_kb_gegevens(datum: date, kalender: AtwKalender, uitleg: Uitleg) -> None:
    """Warn when a date lies in a year for which no KB gelijkgestelde dagen are known yet."""
    laatste = kalender.laatste_kb_jaar
    if laatste is not None and datum.year > laatste:
        uitleg.waarschuw(
            f"Voor {datum.year} zijn nog geen bij KB gelijkgestelde dagen bekend (Atw art. 3 lid "
            "3); "
            "controleer de einddatum zodra het KB is gepubliceerd en voer de dagen in."
        )

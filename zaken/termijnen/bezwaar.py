"""Bezwaar- en beroepstermijn (Awb 6:7, 6:8, 6:9) and a generic statutory term."""

from datetime import date, timedelta

from .atw import atw_einddatum, vrije_dag_reden, waarschuw_zonder_kb_gegevens
from .duur import Duur
from .kalender import AtwKalender
from .resultaat import Termijnberekening, Uitleg, datum_nl

BEZWAARTERMIJN = Duur.weken(6)
POSTTERMIJN = Duur.weken(1)


def bereken_bezwaartermijn(
    bekendgemaakt: date, *, kalender: AtwKalender | None = None
) -> Termijnberekening:
    """Last day to lodge bezwaar (or beroep) against a besluit made known on `bekendgemaakt`.

    Also gives 'per_post_ontvangen_uiterlijk': a bezwaarschrift posted in time is still timely
    when received at most one week after the end (Awb 6:9 lid 2). That week is itself a
    statutory term, so the Atw applies to it as well.
    """
    kalender = kalender or AtwKalender()
    uitleg = Uitleg()
    uitleg.stap(f"Besluit bekendgemaakt op {datum_nl(bekendgemaakt)}", bekendgemaakt)
    eerste_dag = bekendgemaakt + timedelta(days=1)
    uitleg.stap(
        f"Termijn start op {datum_nl(eerste_dag)} (dag na bekendmaking, art. 6:8 Awb)", eerste_dag
    )
    ruw = BEZWAARTERMIJN.na(bekendgemaakt)
    uitleg.stap(f"{BEZWAARTERMIJN} (art. 6:7 Awb): ruwe einddatum {datum_nl(ruw)}", ruw)
    einde = atw_einddatum(ruw, eerste_dag=eerste_dag, kalender=kalender, uitleg=uitleg)
    uitleg.stap(f"Bezwaar tijdig als ontvangen uiterlijk {datum_nl(einde)}", einde)

    post_ruw = POSTTERMIJN.na(einde)
    post = atw_einddatum(
        post_ruw, eerste_dag=einde + timedelta(days=1), kalender=kalender, uitleg=Uitleg()
    )
    verschuiving = (
        f", {vrije_dag_reden(post_ruw, kalender)}: verschoven (Atw art. 1)"
        if post != post_ruw
        else ""
    )
    uitleg.stap(
        f"Per post: tijdig als verzonden uiterlijk {datum_nl(einde)} en ontvangen uiterlijk "
        f"{datum_nl(post)} (1 week na de einddatum{verschuiving}, art. 6:9 lid 2 Awb)",
        post,
    )
    waarschuw_zonder_kb_gegevens(post, kalender, uitleg)
    return uitleg.resultaat(
        "bezwaar",
        einde,
        verschoven=einde != ruw,
        datums={"ruwe_einddatum": ruw, "per_post_ontvangen_uiterlijk": post},
    )


def bereken_wettelijke_termijn(
    gebeurtenis: date, duur: Duur, *, grondslag: str = "", kalender: AtwKalender | None = None
) -> Termijnberekening:
    """Any statutory term running from the day after `gebeurtenis` (e.g. 3 dagen, 2 weken),
    with Atw art. 1 and 2 when the Atw applies to its length (art. 4)."""
    kalender = kalender or AtwKalender()
    uitleg = Uitleg()
    uitleg.stap(f"Gebeurtenis op {datum_nl(gebeurtenis)}", gebeurtenis)
    eerste_dag = gebeurtenis + timedelta(days=1)
    uitleg.stap(f"Termijn start op {datum_nl(eerste_dag)} (dag na de gebeurtenis)", eerste_dag)
    ruw = duur.na(gebeurtenis)
    bron = f" ({grondslag})" if grondslag else ""
    uitleg.stap(f"{duur}{bron}: ruwe einddatum {datum_nl(ruw)}", ruw)
    if duur.atw_van_toepassing:
        einde = atw_einddatum(ruw, eerste_dag=eerste_dag, kalender=kalender, uitleg=uitleg)
    else:
        einde = ruw
        uitleg.stap("Termijn valt buiten de Atw (art. 4): geen verschuiving")
        if reden := vrije_dag_reden(einde, kalender):
            uitleg.waarschuw(f"De einddatum {datum_nl(einde)} valt op een vrije dag ({reden}).")
    waarschuw_zonder_kb_gegevens(einde, kalender, uitleg)
    return uitleg.resultaat(
        "termijn", einde, verschoven=einde != ruw, datums={"ruwe_einddatum": ruw}
    )

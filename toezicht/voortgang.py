"""Plan versus realisatie of a toezichtprogramma, aggregated in the database."""

from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Q, Sum

from toezicht.models import KPI, Bevinding, GeplandeControle, Oordeel, Toezichtprogramma
from toezicht.selectors import KLAAR


def _percentage(deel: int, geheel: int) -> Decimal | None:
    return (Decimal(deel) * 100 / geheel).quantize(Decimal("0.1")) if geheel else None


def voortgang(programma: Toezichtprogramma) -> dict:
    overtreding = Bevinding.objects.filter(controle_id=OuterRef("controle_id"), oordeel=Oordeel.VOLDOET_NIET)
    per_thema = {
        r["thema_id"]: r
        for r in GeplandeControle.objects.filter(programma=programma)
        .annotate(met_overtreding=Exists(overtreding))
        .values("thema_id")
        .annotate(
            gepland=Count("id"),
            aangemaakt=Count("id", filter=Q(controle__isnull=False)),
            uitgevoerd=Count("id", filter=Q(controle__status__in=KLAAR)),
            zonder_overtreding=Count("id", filter=Q(controle__status__in=KLAAR, met_overtreding=False)),
            uren_gepland=Sum("uren"),
            uren_besteed=Sum("controle__bestede_uren"),
        )
    }
    themas = []
    for thema in programma.themas.prefetch_related("doelen"):
        r = per_thema.get(thema.pk, {})
        gepland, uitgevoerd = r.get("gepland", 0), r.get("uitgevoerd", 0)
        realisatie = {
            KPI.AANTAL_CONTROLES: Decimal(uitgevoerd),
            KPI.PERCENTAGE_UITGEVOERD: _percentage(uitgevoerd, gepland),
            KPI.PERCENTAGE_NALEVING: _percentage(r.get("zonder_overtreding", 0), uitgevoerd),
        }
        doelen = [
            {
                "doel": d,
                "realisatie": realisatie[d.kpi],
                "gehaald": realisatie[d.kpi] is not None and realisatie[d.kpi] >= d.streefwaarde,
            }
            for d in thema.doelen.all()
        ]
        themas.append(
            {
                "thema": thema,
                "gepland": gepland,
                "aangemaakt": r.get("aangemaakt", 0),
                "uitgevoerd": uitgevoerd,
                "percentage": _percentage(uitgevoerd, gepland),
                "uren_gepland": r.get("uren_gepland") or Decimal(0),
                "uren_besteed": r.get("uren_besteed") or Decimal(0),
                "doelen": doelen,
            }
        )
    uren_gepland = sum((t["uren_gepland"] for t in themas), Decimal(0))
    return {
        "themas": themas,
        "gepland": sum(t["gepland"] for t in themas),
        "uitgevoerd": sum(t["uitgevoerd"] for t in themas),
        "uren_gepland": uren_gepland,
        "uren_besteed": sum((t["uren_besteed"] for t in themas), Decimal(0)),
        "capaciteit": programma.capaciteit_uren,
        "capaciteit_tekort": max(Decimal(0), uren_gepland - programma.capaciteit_uren),
    }

"""Lazy adapter to toezicht: hercontroles and handhavingszaken started from a bevinding.
Works without toezicht (a plain CONTROLE zaak related to the handhavingszaak)."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken import actions as zaak_actions
from zaken.models import Zaaktype

logger = logging.getLogger(__name__)


def _bron_controle(hz):
    try:
        from toezicht.models import Bevinding
    except ImportError:
        return None
    ids = [o.bron_bevinding_id for o in hz.overtredingen.all() if o.bron_bevinding_id]
    bevinding = (
        Bevinding.objects.select_related("controle__checklistversie", "controle__object").filter(pk__in=ids).first()
    )
    return bevinding.controle if bevinding else None


def _geldig_zaaktype(organisatie, identificatie: str) -> Zaaktype:
    vandaag = timezone.localdate()
    zaaktype = (
        Zaaktype.objects.filter(
            organisatie=organisatie, identificatie=identificatie, concept=False, begin_geldigheid__lte=vandaag
        )
        .exclude(einde_geldigheid__lt=vandaag)
        .order_by("-versie")
        .first()
    )
    if zaaktype is None:
        from handhaving.actions.basis import HandhavingFout

        raise HandhavingFout(f"Er is geen geldig zaaktype '{identificatie}' voor deze organisatie.")
    return zaaktype


@transaction.atomic
def start_hercontrole(hz, *, door, datum: datetime.date):
    """The zaak of the new (her)controle. Uses toezicht's controle (same checklist and object
    as the controle that found the overtreding) when there is one."""
    bron = _bron_controle(hz)
    if bron is not None:
        try:
            from toezicht.actions import plan_controle, start_controle
            from toezicht.fouten import ToezichtFout
            from toezicht.models import Aanleiding

            controle = start_controle(
                organisatie=hz.organisatie,
                checklistversie=bron.checklistversie,
                door=door,
                object=bron.object,
                aanleiding=Aanleiding.HERCONTROLE,
                bron_zaak=hz.zaak,
                hercontrole_van=bron,
                datum=datum,
                omschrijving=f"Hercontrole {hz.zaak.omschrijving[:200]}",
            )
            if bron.toezichthouder_id:
                try:
                    plan_controle(controle, datum=datum, toezichthouder=bron.toezichthouder, door=door)
                except ToezichtFout as exc:
                    logger.info("Hercontrole niet ingepland: %s", exc)
            return controle.zaak
        except ImportError:
            pass
        except Exception as exc:  # a toezicht rule must not block the handhaving step
            logger.warning("Hercontrole via toezicht niet gelukt (%s); losse controlezaak", exc)
    zaak = zaak_actions.registreer_zaak(
        zaaktype=_geldig_zaaktype(hz.organisatie, "CONTROLE"),
        door=door,
        omschrijving=f"Hercontrole {hz.zaak.omschrijving[:200]}",
        toelichting=f"Hercontrole gepland op {datum:%d-%m-%Y} voor handhavingszaak {hz.zaak.identificatie}.",
    )
    zaak_actions.relateer_zaak(zaak, hz.zaak, door=door, aard="onderwerp")
    for locatie in hz.zaak.locaties.all():
        zaak_actions.voeg_locatie_toe(
            zaak,
            door=door,
            omschrijving=locatie.omschrijving,
            straat=locatie.straat,
            huisnummer=locatie.huisnummer,
            postcode=locatie.postcode,
            woonplaats=locatie.woonplaats,
            lat=locatie.lat,
            lon=locatie.lon,
        )
    return zaak


def open_voorstellen(organisatie) -> list:
    try:
        from toezicht.selectors import open_overtredingsvoorstellen
    except ImportError:
        return []
    return list(open_overtredingsvoorstellen(organisatie))


@transaction.atomic
def start_uit_bevinding(voorstel_id: int, *, door, organisatie=None):
    """A handhavingszaak from a 'voldoet niet' bevinding (toezicht's Overtredingsvoorstel)."""
    from handhaving.actions.basis import HandhavingFout
    from handhaving.actions.starten import start_handhavingszaak
    from handhaving.models import Aanleiding

    try:
        from toezicht.models import Overtredingsvoorstel, VoorstelStatus
    except ImportError as exc:
        raise HandhavingFout("Toezicht is niet beschikbaar.") from exc
    qs = Overtredingsvoorstel.objects.select_for_update(of=("self",)).select_related(
        "bevinding__controle__zaak", "bevinding__controle__object", "bevinding__vraag"
    )
    if organisatie is not None:
        qs = qs.filter(organisatie=organisatie)
    voorstel = qs.filter(pk=voorstel_id).first()
    if voorstel is None:
        raise HandhavingFout("Dit overtredingsvoorstel bestaat niet.")
    if voorstel.status != VoorstelStatus.OPEN:
        raise HandhavingFout("Dit overtredingsvoorstel is al verwerkt.")
    controle = voorstel.bevinding.controle
    controlezaak = controle.zaak
    locatie = controlezaak.locaties.first()
    overtreder = controlezaak.betrokkenen.filter(roltype__omschrijving="Overtreder").first()
    hz = start_handhavingszaak(
        organisatie=voorstel.organisatie,
        door=door,
        aanleiding=Aanleiding.BEVINDING,
        omschrijving=voorstel.omschrijving[:250],
        overtreding=voorstel.omschrijving,
        wettelijke_grondslag=voorstel.wettelijke_grondslag,
        locatie=locatie.omschrijving if locatie else (controle.object.adres if controle.object else ""),
        geconstateerd_op=(controle.uitgevoerd_op.date() if controle.uitgevoerd_op else controle.datum),
        overtreder=overtreder,
        bron_bevinding_id=voorstel.bevinding_id,
        bron_zaak=controlezaak,
    )
    Overtredingsvoorstel.objects.filter(pk=voorstel.pk).update(
        status=VoorstelStatus.OVERGENOMEN, handhavingszaak=hz.zaak
    )
    log_gebeurtenis(
        organisatie=voorstel.organisatie,
        door=door,
        actie="handhaving.voorstel_overgenomen",
        zaak=controlezaak,
        obj=voorstel,
        omschrijving=f"Overtreding overgenomen in handhavingszaak {hz.zaak.identificatie}.",
    )
    return hz

"""Which questions of a checklist version apply, given the answers so far. A question whose
condition refers to a hidden question is hidden too."""

from collections.abc import Iterable

from toezicht.models import Vraag


def zichtbare_vragen(vragen: Iterable[Vraag], antwoorden: dict[int, str]) -> list[Vraag]:
    zichtbaar: list[Vraag] = []
    gezien: dict[int, str] = {}
    for vraag in vragen:  # in checklist order: a condition always refers to an earlier question
        if vraag.toon_als_vraag_id and vraag.toon_als_vraag_id not in gezien:
            continue
        if vraag.is_zichtbaar(gezien):
            zichtbaar.append(vraag)
            if vraag.pk in antwoorden:
                gezien[vraag.pk] = antwoorden[vraag.pk]
            else:
                gezien[vraag.pk] = ""
    return zichtbaar


def vragen_van(versie) -> list[Vraag]:
    return list(
        Vraag.objects.filter(sectie__versie=versie)
        .select_related("sectie")
        .order_by("sectie__volgorde", "sectie_id", "volgorde", "id")
    )

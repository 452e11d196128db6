"""Which organisaties a user manages, and how a model's rows reach their organisatie.

Used by the admin mixins in clo.accounts.admin_tenant; kept apart so the path logic can be
reused (and tested) without the admin.
"""

from django.contrib.admin.utils import NotRelationField, get_fields_from_path
from django.core.exceptions import FieldDoesNotExist

from clo.accounts.models import Lidmaatschap, Organisatie
from clo.accounts.rollen import RECHTEN

BEHEER_RECHT = "beheer.configureren"

# Paths declared by registered TenantAdmins (filled by TenantAdminMixin.__init__), so choices
# pointing at those models are limited the same way the model's own admin limits its list.
GEDECLAREERDE_PADEN: dict[type, str] = {}
_AFGELEID: dict[type, str | None] = {}


def beheerde_organisatie_ids(request) -> list[int] | None:
    """Ids of the organisaties the user may configure; None means all (superuser)."""
    user = request.user
    if user.is_superuser:
        return None
    ids = getattr(request, "_clo_beheer_organisaties", None)
    if ids is None:
        rollen = [rol for rol, rechten in RECHTEN.items() if BEHEER_RECHT in rechten]
        ids = list(
            Lidmaatschap.objects.actief()
            .filter(medewerker_id=user.pk, rollen__overlap=rollen)
            .values_list("organisatie_id", flat=True)
        )
        request._clo_beheer_organisaties = ids
    return ids


def _velden(model, pad: str):
    return [] if pad == "pk" else get_fields_from_path(model, pad)


def pad_klopt(model, pad: str | None) -> bool:
    """True when `pad` leads from `model` to Organisatie."""
    if not pad:
        return False
    if pad == "pk":
        return model is Organisatie
    try:
        velden = _velden(model, pad)
    except (FieldDoesNotExist, NotRelationField):
        return False
    return bool(velden) and velden[-1].is_relation and velden[-1].related_model is Organisatie


def meerwaardig(model, pad: str) -> bool:
    return any(v.many_to_many or v.one_to_many for v in _velden(model, pad))


def pad_voor_model(model, _diepte: int = 4) -> str | None:
    """How rows of `model` reach their organisatie: declared by its admin, its own `organisatie`
    field, or (for models without an admin, e.g. Document) the first required foreign key that
    leads to one. None: the model is not tenant-owned."""
    if model is Organisatie:
        return "pk"
    if model in GEDECLAREERDE_PADEN:
        return GEDECLAREERDE_PADEN[model]
    if model in _AFGELEID:
        return _AFGELEID[model]
    pad = None
    if pad_klopt(model, "organisatie"):
        pad = "organisatie"
    elif _diepte:
        for veld in model._meta.get_fields():
            if not (veld.concrete and (veld.many_to_one or veld.one_to_one)) or veld.null:
                continue
            if veld.related_model._meta.app_label in ("contenttypes", "auth") or veld.related_model is model:
                continue
            if veld.related_model._meta.label == "accounts.Medewerker":
                continue  # a person is not a tenant: medewerkers can be members of several
            sub = pad_voor_model(veld.related_model, _diepte - 1)
            if sub and sub != "pk" and not meerwaardig(veld.related_model, sub):
                pad = f"{veld.name}__{sub}"
                break
            if sub == "pk":
                pad = veld.name
                break
    _AFGELEID[model] = pad
    return pad


def beperk(queryset, pad: str, ids: list[int] | None):
    """`queryset` limited to rows whose organisatie (via `pad`) is in `ids`."""
    if ids is None:
        return queryset
    if pad == "pk":
        return queryset.filter(pk__in=ids)
    if meerwaardig(queryset.model, pad):
        # A subquery instead of a join: no duplicate rows, and annotations stay correct.
        return queryset.filter(pk__in=queryset.model._base_manager.filter(**{f"{pad}__in": ids}).values("pk"))
    return queryset.filter(**{f"{pad}__in": ids})

"""Validators for Dutch identifiers (DOMAIN.md §5)."""

from django.core.exceptions import ValidationError


def elfproef(nummer: str) -> bool:
    """BSN/RSIN check: 9 digits, not all zeros, sum(9*d1 .. 2*d8) - d9 divisible by 11."""
    if len(nummer) != 9 or not nummer.isdigit() or set(nummer) == {"0"}:
        return False
    digits = [int(c) for c in nummer]
    total = sum(w * d for w, d in zip(range(9, 1, -1), digits[:8], strict=True)) - digits[8]
    return total % 11 == 0


def valideer_bsn(value: str) -> None:
    if not elfproef(value or ""):
        raise ValidationError(
            "Dit is geen geldig burgerservicenummer: het moet uit 9 cijfers bestaan en de elfproef doorstaan.",
            code="bsn",
        )


def valideer_rsin(value: str) -> None:
    if not elfproef(value or ""):
        raise ValidationError("Dit is geen geldig RSIN (9 cijfers, elfproef).", code="rsin")


def valideer_kvk_nummer(value: str) -> None:
    if not (value and len(value) == 8 and value.isdigit()):
        raise ValidationError("Een KvK-nummer bestaat uit precies 8 cijfers.", code="kvk")


def valideer_vestigingsnummer(value: str) -> None:
    if not (value and len(value) == 12 and value.isdigit()):
        raise ValidationError("Een vestigingsnummer bestaat uit precies 12 cijfers.", code="vestiging")

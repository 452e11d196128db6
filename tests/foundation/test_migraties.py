import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_every_model_change_has_a_migration():
    """A model change without its migration would break the next deploy's `migrate`."""
    uitvoer = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=uitvoer)
    except SystemExit as exc:
        pytest.fail(f"Ontbrekende migraties:\n{uitvoer.getvalue()}") if exc.code else None
    assert "No changes detected" in uitvoer.getvalue()

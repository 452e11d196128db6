from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    # CONCURRENTLY: building the index on a live zaken table must not block registrations.
    atomic = False

    dependencies = [
        ("zaken", "0001_initial"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="zaak",
            index=models.Index(
                models.F("organisatie"),
                models.OrderBy(models.F("uiterste_afdoeningsdatum"), nulls_last=True),
                models.F("id"),
                condition=models.Q(("einddatum__isnull", True)),
                name="zaak_lopend_op_termijn",
            ),
        ),
        AddIndexConcurrently(
            model_name="zaak",
            index=models.Index(
                models.F("organisatie"),
                models.OrderBy(models.F("uiterste_afdoeningsdatum"), nulls_last=True),
                models.F("id"),
                name="zaak_op_termijn",
            ),
        ),
    ]

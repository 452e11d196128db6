import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Existing kenmerken take over the status and owner of their task once; from then on
# signals.spiegel_taak keeps them in step.
OVERNEMEN = """
UPDATE werkvoorraad_taakkenmerk AS k
   SET status = t.status, eigenaar_id = t.owner_id
  FROM viewflow_task AS t
 WHERE t.id = k.task_id
"""


class Migration(migrations.Migration):
    dependencies = [
        ("viewflow", "0015_task_scheduled"),
        ("werkvoorraad", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="taakkenmerk",
            name="eigenaar",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="taakkenmerk",
            name="status",
            field=models.CharField(default="NEW", editable=False, max_length=50),
        ),
        migrations.RunSQL(OVERNEMEN, migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="taakkenmerk",
            index=models.Index(
                models.F("organisatie"),
                models.F("eigenaar"),
                models.OrderBy(models.F("deadline"), nulls_last=True),
                models.F("task"),
                condition=models.Q(("open", True)),
                name="wv_open_per_eigenaar",
            ),
        ),
        migrations.AddIndex(
            model_name="taakkenmerk",
            index=models.Index(
                models.F("organisatie"),
                models.OrderBy(models.F("deadline"), nulls_last=True),
                models.F("task"),
                condition=models.Q(("open", True), ("status", "NEW")),
                name="wv_teamvoorraad",
            ),
        ),
    ]

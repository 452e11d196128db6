from django.db import migrations

SQL = """
CREATE OR REPLACE FUNCTION clo_alleen_toevoegen() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'Tabel % is alleen-toevoegen: % is niet toegestaan', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_gebeurtenis_alleen_toevoegen BEFORE UPDATE OR DELETE ON audit_gebeurtenis
  FOR EACH ROW EXECUTE FUNCTION clo_alleen_toevoegen();
CREATE TRIGGER audit_verwerking_alleen_toevoegen BEFORE UPDATE OR DELETE ON audit_verwerking
  FOR EACH ROW EXECUTE FUNCTION clo_alleen_toevoegen();
"""
REVERSE = """
DROP TRIGGER IF EXISTS audit_gebeurtenis_alleen_toevoegen ON audit_gebeurtenis;
DROP TRIGGER IF EXISTS audit_verwerking_alleen_toevoegen ON audit_verwerking;
DROP FUNCTION IF EXISTS clo_alleen_toevoegen();
"""


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]
    operations = [migrations.RunSQL(SQL, REVERSE)]

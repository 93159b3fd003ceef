from django.db import migrations

from home.roles import apply_commons_roles


class Migration(migrations.Migration):
    dependencies = [("home", "0005_commons")]

    operations = [migrations.RunPython(apply_commons_roles, migrations.RunPython.noop)]

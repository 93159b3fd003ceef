from django.db import migrations

from listings.roles import apply_recruiting_roles


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0002_seed_taxonomies"),
        ("home", "0002_roles_and_page_workflow"),
    ]

    operations = [migrations.RunPython(apply_recruiting_roles, migrations.RunPython.noop)]

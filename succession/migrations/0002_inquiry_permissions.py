"""Only 編集部 (and administrators) see and process succession inquiries."""

from django.db import migrations

from home.roles import EDITORS, get_group, get_permission

PERMISSIONS = [
    ("succession", "successioninquiry", f"{action}_successioninquiry")
    for action in ("add", "change", "delete", "view")
]


def grant(apps, schema_editor):
    get_group(apps, EDITORS).permissions.add(*[get_permission(apps, *spec) for spec in PERMISSIONS])


class Migration(migrations.Migration):
    dependencies = [
        ("succession", "0001_initial"),
        ("home", "0002_roles_and_page_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

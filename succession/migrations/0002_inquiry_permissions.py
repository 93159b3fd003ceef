"""Only 編集部 (and administrators) see and process succession inquiries.

Frozen names with historical models only, so later code cannot change a fresh `migrate`."""

from django.db import migrations

EDITORS = "編集部"
CODENAMES = [f"{action}_successioninquiry" for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    # Created here if missing: `migrate` makes permissions only after the last migration.
    inquiry_type, _ = ContentType.objects.get_or_create(
        app_label="succession", model="successioninquiry"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=inquiry_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ").capitalize()},
        )[0]
        for codename in CODENAMES
    ]
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("succession", "0001_initial"),
        ("home", "0002_roles_and_page_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

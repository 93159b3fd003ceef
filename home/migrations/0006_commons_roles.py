"""What 編集部 and 掲載審査 may do with the commons (partners, supporters, correction
requests). Frozen data with historical models only; permissions are added, not set, so
that what another app's migration granted stays."""

from django.db import migrations

EDITORS = "編集部"
MODERATORS = "掲載審査"

COMMONS_PERMISSIONS = {
    EDITORS: [
        ("home", "partnerorganization", "add_partnerorganization"),
        ("home", "partnerorganization", "change_partnerorganization"),
        ("home", "partnerorganization", "view_partnerorganization"),
        ("home", "supporter", "change_supporter"),
        ("home", "supporter", "view_supporter"),
        ("home", "correctionrequest", "change_correctionrequest"),
        ("home", "correctionrequest", "view_correctionrequest"),
    ],
    # Correction requests are mostly about postings, which moderators review.
    MODERATORS: [
        ("home", "correctionrequest", "change_correctionrequest"),
        ("home", "correctionrequest", "view_correctionrequest"),
    ],
}


def get_permission(apps, app_label, model, codename):
    """Created here if missing: `migrate` makes permissions only after the last migration."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def apply_commons_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, specs in COMMONS_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[get_permission(apps, *spec) for spec in specs])


class Migration(migrations.Migration):
    dependencies = [("home", "0005_commons")]

    operations = [migrations.RunPython(apply_commons_roles, migrations.RunPython.noop)]

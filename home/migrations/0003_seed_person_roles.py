from django.db import migrations

ROLES = [
    ("writer", "ライター"),
    ("photographer", "フォトグラファー"),
    ("editor", "編集"),
    ("interviewee", "取材協力"),
    ("illustrator", "イラストレーター"),
]


def seed(apps, schema_editor):
    PersonRole = apps.get_model("home", "PersonRole")
    for order, (slug, name) in enumerate(ROLES):
        PersonRole.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("home", "0002_roles_and_page_workflow")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

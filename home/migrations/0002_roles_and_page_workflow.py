from django.db import migrations

from home.roles import apply_roles


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailsearchpromotions", "0001_initial"),
        ("wagtailredirects", "0001_initial"),
        # After Wagtail grants its own image permissions, so ours are the final word.
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]

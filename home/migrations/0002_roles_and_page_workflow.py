"""The editorial groups, their permissions and the 「編集部承認」 page workflow.

Frozen data: the names and codenames as they were when this migration was written, and
only historical models, so a later change to home.roles cannot change what a fresh
`migrate` builds. Wagtail's own migrations create "Editors", "Moderators" and a
"Moderators approval" workflow; they are renamed instead of getting look-alikes.
"""

from django.db import migrations

WRITERS = "ライター"
PHOTOGRAPHERS = "フォトグラファー"
EDITORS = "編集部"
MODERATORS = "掲載審査"
PAGE_WORKFLOW = "編集部承認"
RENAMED_GROUPS = {"Editors": WRITERS, "Moderators": EDITORS}
RENAMED_WORKFLOW = "Moderators approval"

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")
IMAGE = ("home", "creditedimage")
DOCUMENT = ("wagtaildocs", "document")

# In this order, so that a fresh database numbers the rows as before.
ALL_GROUPS = [WRITERS, PHOTOGRAPHERS, EDITORS, MODERATORS]
MODEL_PERMISSIONS = {
    WRITERS: [
        ACCESS_ADMIN,
        ("home", "person", "add_person"),
        ("home", "person", "change_person"),
        ("home", "person", "view_person"),
    ],
    PHOTOGRAPHERS: [ACCESS_ADMIN, ("home", "person", "view_person")],
    EDITORS: [
        ACCESS_ADMIN,
        ("home", "person", "add_person"),
        ("home", "person", "change_person"),
        ("home", "person", "delete_person"),
        ("home", "person", "publish_person"),
        ("home", "person", "view_person"),
        ("home", "personrole", "add_personrole"),
        ("home", "personrole", "change_personrole"),
        ("home", "personrole", "view_personrole"),
        ("home", "sitesettings", "change_sitesettings"),
        ("wagtailsearchpromotions", "query", "add_query"),
        ("wagtailsearchpromotions", "query", "change_query"),
        ("wagtailsearchpromotions", "query", "delete_query"),
        ("wagtailredirects", "redirect", "add_redirect"),
        ("wagtailredirects", "redirect", "change_redirect"),
        ("wagtailredirects", "redirect", "delete_redirect"),
    ],
    MODERATORS: [ACCESS_ADMIN],
}
# On the root page. Writers get theirs on each section index when it is created.
PAGE_PERMISSIONS = {
    EDITORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
# On the root collection.
COLLECTION_PERMISSIONS = {
    WRITERS: [(*IMAGE, "choose_image"), (*DOCUMENT, "choose_document")],
    PHOTOGRAPHERS: [(*IMAGE, "add_image"), (*IMAGE, "change_image"), (*IMAGE, "choose_image")],
    EDITORS: [
        (*IMAGE, "add_image"),
        (*IMAGE, "change_image"),
        (*IMAGE, "delete_image"),
        (*IMAGE, "choose_image"),
        (*DOCUMENT, "add_document"),
        (*DOCUMENT, "change_document"),
        (*DOCUMENT, "delete_document"),
        (*DOCUMENT, "choose_document"),
    ],
}


def get_permission(apps, app_label, model, codename):
    """The Permission row, created here because `migrate` makes them only after the last
    migration (post_migrate)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def get_group(apps, name):
    Group = apps.get_model("auth", "Group")
    for old, new in RENAMED_GROUPS.items():
        if new == name and not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    group, _ = Group.objects.get_or_create(name=name)
    return group


def apply_roles(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name in ALL_GROUPS:
        group = get_group(apps, name)
        group.permissions.set(
            [get_permission(apps, *spec) for spec in MODEL_PERMISSIONS.get(name, [])]
        )
        GroupPagePermission.objects.filter(group=group, page=root_page).delete()
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.create(
                group=group,
                page=root_page,
                permission=get_permission(apps, "wagtailcore", "page", codename),
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for spec in COLLECTION_PERMISSIONS.get(name, []):
            GroupCollectionPermission.objects.create(
                group=group,
                collection=root_collection,
                permission=get_permission(apps, *spec),
            )

    apply_page_workflow(apps, root_page)


def apply_page_workflow(apps, root_page):
    """「編集部承認」 on the whole tree, one group approval task for 編集部."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    Workflow.objects.filter(name=RENAMED_WORKFLOW).update(name=PAGE_WORKFLOW)
    workflow, _ = Workflow.objects.get_or_create(name=PAGE_WORKFLOW, defaults={"active": True})

    task = GroupApprovalTask.objects.filter(name__in=[RENAMED_WORKFLOW, PAGE_WORKFLOW]).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=PAGE_WORKFLOW, content_type=task_type)
    task.name = PAGE_WORKFLOW
    task.save()
    task.groups.set([get_group(apps, EDITORS)])

    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


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

"""The editorial roles and the page workflow, as data (DESIGN.md, roles and workflows).

`apply_roles(apps)` runs inside a data migration, with historical models, so a fresh
`migrate` has the groups, their permissions and the 「編集部承認」 workflow. Wagtail's own
migrations create "Editors", "Moderators" and a "Moderators approval" workflow; we rename
them instead of adding look-alikes.
"""

WRITERS = "ライター"
PHOTOGRAPHERS = "フォトグラファー"
EDITORS = "編集部"
MODERATORS = "掲載審査"
PAGE_WORKFLOW = "編集部承認"

# Wagtail's group names that become ours.
RENAMED_GROUPS = {"Editors": WRITERS, "Moderators": EDITORS}
RENAMED_WORKFLOW = "Moderators approval"

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")

# Model permissions: (app_label, model, codename).
MODEL_PERMISSIONS = {
    WRITERS: [
        ACCESS_ADMIN,
        ("home", "person", "add_person"),
        ("home", "person", "change_person"),
        ("home", "person", "view_person"),
    ],
    PHOTOGRAPHERS: [
        ACCESS_ADMIN,
        ("home", "person", "view_person"),
    ],
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

# Page permissions on the root of the tree. Writers get theirs on each section index that
# declares `writers_contribute = True` (features, columns, succession), when it is created:
# see grant_section_to_writers().
WRITER_SECTION_PERMISSIONS = ["add_page", "change_page"]
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

IMAGE = ("home", "creditedimage")
DOCUMENT = ("wagtaildocs", "document")
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

ALL_GROUPS = [WRITERS, PHOTOGRAPHERS, EDITORS, MODERATORS]

# The commons (partners, supporters, correction requests): added, not set, so that a
# later migration of another app keeps what it granted.
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
    """The Permission row, created if `migrate` has not made it yet (it does so only
    after the last migration, in post_migrate)."""
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


def apply_roles(apps, schema_editor=None):
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


def apply_commons_roles(apps, schema_editor=None):
    for name, specs in COMMONS_PERMISSIONS.items():
        get_group(apps, name).permissions.add(*[get_permission(apps, *spec) for spec in specs])


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


def apply_person_review(apps, schema_editor=None):
    """People's names, bios and portraits go through 「編集部承認」 like pages: the
    workflow covers the Person snippet, and 編集部 may publish it (writers may not)."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    ContentType = apps.get_model("contenttypes", "ContentType")

    get_group(apps, EDITORS).permissions.add(
        get_permission(apps, "home", "person", "publish_person")
    )
    workflow, _ = Workflow.objects.get_or_create(name=PAGE_WORKFLOW, defaults={"active": True})
    person_type, _ = ContentType.objects.get_or_create(app_label="home", model="person")
    WorkflowContentType.objects.update_or_create(
        content_type=person_type, defaults={"workflow": workflow}
    )


def grant_section_to_writers(page):
    """Let ライター draft and edit pages under `page` (runs with the live models)."""
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupPagePermission

    writers = Group.objects.filter(name=WRITERS).first()
    if writers is None:
        return
    for codename in WRITER_SECTION_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=writers,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )

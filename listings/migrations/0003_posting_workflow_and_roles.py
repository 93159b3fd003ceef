"""What the portal adds to the editorial roles: the 「掲載審査」 workflow on postings and
the permissions each group needs for recruiting content. Frozen data with historical
models only, so later code cannot change what a fresh `migrate` builds."""

from django.db import migrations

WRITERS = "ライター"
EDITORS = "編集部"
MODERATORS = "掲載審査"
POSTING_WORKFLOW = "掲載審査"
TAXONOMIES = ["jobcategory", "employmenttype", "area", "welcometag"]


def _crud(model, *actions):
    return [("listings", model, f"{action}_{model}") for action in actions]


RECRUITING_PERMISSIONS = {
    # Moderators need publish_jobposting, or approval fails.
    MODERATORS: [
        *_crud("jobposting", "add", "change", "publish", "view", "lock", "unlock"),
        *_crud("employer", "add", "change", "publish", "view"),
        *[perm for model in TAXONOMIES for perm in _crud(model, "add", "change", "view")],
    ],
    EDITORS: [
        *_crud("jobposting", "view"),
        *_crud("employer", "add", "change", "delete", "publish", "view"),
        *[perm for model in TAXONOMIES for perm in _crud(model, "add", "change", "delete", "view")],
    ],
    # Writers choose the employer of the feature they write.
    WRITERS: _crud("employer", "view"),
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


def apply_recruiting_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group_name, permissions in RECRUITING_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*[get_permission(apps, *spec) for spec in permissions])
    apply_posting_workflow(apps)


def apply_posting_workflow(apps):
    """「掲載審査」 on JobPosting: one group approval task for the 掲載審査 group."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    workflow, _ = Workflow.objects.get_or_create(name=POSTING_WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=POSTING_WORKFLOW).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=POSTING_WORKFLOW, content_type=task_type)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    posting_type, _ = ContentType.objects.get_or_create(app_label="listings", model="jobposting")
    WorkflowContentType.objects.update_or_create(
        content_type=posting_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("listings", "0002_seed_taxonomies"),
        ("home", "0002_roles_and_page_workflow"),
    ]

    operations = [migrations.RunPython(apply_recruiting_roles, migrations.RunPython.noop)]

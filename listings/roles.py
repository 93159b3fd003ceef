"""What the portal adds to the roles of home.roles: the 「掲載審査」 workflow on postings,
and the permissions each group needs for recruiting content. Runs in data migrations."""

from home.roles import EDITORS, MODERATORS, WRITERS, get_group, get_permission

POSTING_WORKFLOW = "掲載審査"


def _crud(model, *actions):
    return [("listings", model, f"{action}_{model}") for action in actions]


TAXONOMIES = ["jobcategory", "employmenttype", "area", "welcometag"]

RECRUITING_PERMISSIONS = {
    # Moderators need publish_jobposting, or approval fails (WAGTAIL8-NOTES).
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


def apply_recruiting_roles(apps, schema_editor=None):
    for group_name, permissions in RECRUITING_PERMISSIONS.items():
        group = get_group(apps, group_name)
        group.permissions.add(*[get_permission(apps, *spec) for spec in permissions])
    apply_posting_workflow(apps)


def apply_posting_workflow(apps):
    """「掲載審査」 on JobPosting: one group approval task for the 掲載審査 group."""
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
    task.groups.set([get_group(apps, MODERATORS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    posting_type, _ = ContentType.objects.get_or_create(app_label="listings", model="jobposting")
    WorkflowContentType.objects.update_or_create(
        content_type=posting_type, defaults={"workflow": workflow}
    )

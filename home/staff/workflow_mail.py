"""Wagtail's mail to staff when something is submitted for review: one per person, after
the commit.

Wagtail sends two notices for one submission: the task's, to the approving group and the
superusers (GroupApprovalTaskStateSubmissionEmailNotifier), and the workflow's, to the
superusers again (WorkflowStateSubmissionEmailNotifier). It sends them from inside
`Workflow.start()`, that is inside the caller's transaction (a public posting is saved and
put into review in one), so a rolled-back or retried save could still mail (STYLE.md 22b).

Here the task's notice goes out once the transaction has committed, and the workflow's
duplicate is dropped. Both receivers take Wagtail's `dispatch_uid`, so whichever of
`home` and `wagtail.admin` is made ready first, ours is the one connected: a signal keeps
the first receiver of a given uid and ignores later ones.
"""

from functools import partial

from django.db import transaction

from wagtail.admin.signal_handlers import task_submission_email_notifier
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

TASK_SUBMITTED_UID = "group_approval_task_submitted_email_notification"
WORKFLOW_SUBMITTED_UID = "workflow_state_submitted_email_notification"


def mail_approvers_after_commit(sender, instance, **kwargs):
    """Wagtail's own notice to the task's approvers, once the submission is stored."""
    transaction.on_commit(partial(task_submission_email_notifier, instance=instance, **kwargs))


def skip_second_notice(sender, instance, **kwargs):
    """The workflow's notice would reach the superusers a second time: they are among the
    task's recipients already (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS)."""


def connect():
    task_submitted.disconnect(sender=TaskState, dispatch_uid=TASK_SUBMITTED_UID)
    task_submitted.connect(
        mail_approvers_after_commit, sender=TaskState, dispatch_uid=TASK_SUBMITTED_UID
    )
    workflow_submitted.disconnect(sender=WorkflowState, dispatch_uid=WORKFLOW_SUBMITTED_UID)
    workflow_submitted.connect(
        skip_second_notice, sender=WorkflowState, dispatch_uid=WORKFLOW_SUBMITTED_UID
    )

"""Wagtail's workflow mails to staff (submitted for review, approved, rejected), queued in
the outbox instead of sent: one per person, sent by a task after the commit.

Wagtail sends them from its signal receivers, inside the caller's transaction (a public
posting is saved and put into review in one), and waits on the mail server there: a hung
or refusing relay turned a submission into a 500 and rolled it back. Here the same
notifiers render the same templates, but `send_emails` queues each message
(home.public_forms.outbox): a rolled-back save queues nothing, and a failing server is
retried and then shown on the posting in the admin (STYLE.md 22b).

Wagtail sends two notices for one submission: the task's, to the approving group and the
superusers, and the workflow's, to the superusers again; the workflow's duplicate is
dropped. Each receiver takes Wagtail's `dispatch_uid`, so whichever of `home` and
`wagtail.admin` is made ready first, ours is the one connected: a signal keeps the first
receiver of a given uid and ignores later ones.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.translation import override

from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
)
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from home.public_forms.outbox import queue_message

TASK_SUBMITTED_UID = "group_approval_task_submitted_email_notification"
WORKFLOW_SUBMITTED_UID = "workflow_state_submitted_email_notification"
WORKFLOW_APPROVED_UID = "workflow_state_approved_email_notification"
WORKFLOW_REJECTED_UID = "workflow_state_rejected_email_notification"


class QueuedNotices:
    """Wagtail's EmailNotificationMixin.send_emails, queueing each message instead of
    sending it; the queued mail is about the object under review."""

    def send_emails(self, template_set, context, recipients, **kwargs):
        from_email = getattr(
            settings, "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", settings.DEFAULT_FROM_EMAIL
        )
        for recipient in recipients:
            context["user"] = recipient
            with override(recipient.wagtail_userprofile.get_preferred_language()):
                subject = render_to_string(template_set["subject"], context).strip()
                text = render_to_string(template_set["text"], context).strip()
                html = ""
                if getattr(settings, "WAGTAILADMIN_NOTIFICATION_USE_HTML", False):
                    html = render_to_string(template_set["html"], context)
            message = EmailMultiAlternatives(subject, text, from_email, [recipient.email])
            if html:
                message.attach_alternative(html, "text/html")
            queue_message(message, about=context.get("object"), template=template_set["text"])
        return True


class TaskSubmittedNotices(QueuedNotices, GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class ApprovedNotices(QueuedNotices, WorkflowStateApprovalEmailNotifier):
    pass


class RejectedNotices(QueuedNotices, WorkflowStateRejectionEmailNotifier):
    pass


mail_approvers = TaskSubmittedNotices()
mail_requester_approved = ApprovedNotices()
mail_requester_rejected = RejectedNotices()


def skip_second_notice(sender, instance, **kwargs):
    """The workflow's notice would reach the superusers a second time: they are among the
    task's recipients already (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS)."""


def connect():
    for signal, sender, uid, receiver in (
        (task_submitted, TaskState, TASK_SUBMITTED_UID, mail_approvers),
        (workflow_submitted, WorkflowState, WORKFLOW_SUBMITTED_UID, skip_second_notice),
        (workflow_approved, WorkflowState, WORKFLOW_APPROVED_UID, mail_requester_approved),
        (workflow_rejected, WorkflowState, WORKFLOW_REJECTED_UID, mail_requester_rejected),
    ):
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(receiver, sender=sender, dispatch_uid=uid)

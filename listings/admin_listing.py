"""The postings as moderators see them in the admin: one review state in words for each row,
and a message that says what a decision did.

Wagtail's own listing would show the `live` flag as True/False, which does not tell a
moderator whether a posting waits for them, was sent back, or has ended.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.models import TaskState, WorkflowState
from wagtail.snippets.views.snippets import EditView, WorkflowActionView

from listings.models import JobPosting

IN_PROGRESS = WorkflowState.STATUS_IN_PROGRESS
NEEDS_CHANGES = WorkflowState.STATUS_NEEDS_CHANGES

# The words of the issue: 審査中, 差し戻し, 掲載中, 終了; two more so that no row is mislabelled.
REVIEW_STATES = {
    "in_review": pgettext_lazy("posting review state", "In review"),
    "needs_changes": pgettext_lazy("posting review state", "Sent back"),
    "public": pgettext_lazy("posting review state", "Live"),
    "public_in_review": pgettext_lazy("posting review state", "Live, changes in review"),
    "ended": pgettext_lazy("posting review state", "Ended"),
    "unpublished": pgettext_lazy("posting review state", "Unpublished"),
    "draft": pgettext_lazy("posting review state", "Draft"),
}
# The states that wait for a moderator stand out in the list.
AWAITING_MODERATOR = {"in_review", "public_in_review"}
# A state or a date broken over two lines is hard to scan down a column.
NO_WRAP = "w-whitespace-nowrap"


def with_workflow_status(queryset):
    """Each posting's open workflow status (in progress or needs changes) in one query,
    as `open_workflow_status`, instead of one query a row. object_id is text in Wagtail's
    table, hence the cast (PostgreSQL does not compare text with integers)."""
    open_states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(JobPosting),
        object_id=Cast(OuterRef("pk"), CharField()),
        status__in=[IN_PROGRESS, NEEDS_CHANGES],
    ).order_by("-created_at")
    return queryset.annotate(open_workflow_status=Subquery(open_states.values("status")[:1]))


def review_state(posting, workflow_status=None, now=None):
    """One key of REVIEW_STATES. `workflow_status` is the open workflow state's status, if
    any; without it the posting's own current workflow state is read (one query)."""
    if workflow_status is None:
        if hasattr(posting, "open_workflow_status"):
            workflow_status = posting.open_workflow_status
        else:
            state = posting.current_workflow_state
            workflow_status = state.status if state else None
    if posting.has_ended(now) or posting.closed_reason:
        return "ended"
    if posting.is_public(now):
        return "public_in_review" if workflow_status == IN_PROGRESS else "public"
    if workflow_status == IN_PROGRESS:
        return "in_review"
    if workflow_status == NEEDS_CHANGES:
        return "needs_changes"
    return "unpublished" if posting.first_published_at else "draft"


class ReviewStateColumn(StatusTagColumn):
    """審査中 / 差し戻し / 掲載中 / 終了 as a status tag; the ones waiting for review stand out."""

    def __init__(self, **kwargs):
        super().__init__(
            "review_state",
            label=pgettext_lazy("posting review state", "Review"),
            accessor=lambda posting: REVIEW_STATES[review_state(posting)],
            primary=lambda posting: review_state(posting) in AWAITING_MODERATOR,
            classname=NO_WRAP,
            **kwargs,
        )


def deadline_column():
    """The application deadline (valid_through), sortable, on one line."""
    field = JobPosting._meta.get_field("valid_through")
    return Column(
        "valid_through",
        label=capfirst(field.verbose_name),
        sort_key="valid_through",
        classname=NO_WRAP,
    )


def decision_message(posting, action):
    """What a moderator's decision did, read back from the database (approval publishes
    through Wagtail's workflow, after the view has loaded the posting)."""
    posting = JobPosting.objects.get(pk=posting.pk)
    if action == "approve":
        if posting.live:
            return _("“%(title)s” was approved and is now published.") % {"title": posting.title}
        return _("“%(title)s” was approved.") % {"title": posting.title}
    if action == "reject":
        return _("“%(title)s” was sent back for changes.") % {"title": posting.title}
    return ""


class PostingEditView(EditView):
    """The editor's 「承認・公開」 and 「差し戻す」 say what they did, not only 「更新しました」."""

    def get_success_message(self, instance=None):
        if self.action == "workflow-action":
            message = decision_message(instance or self.object, self.workflow_action)
            if message:
                return message
        return super().get_success_message(instance)


class PostingWorkflowActionView(WorkflowActionView):
    """Approving from the dashboard or the listing: Wagtail says nothing at all there."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        done = not TaskState.objects.filter(
            pk=self.task_state.pk, status=TaskState.STATUS_IN_PROGRESS
        ).exists()
        if done and (message := decision_message(self.object, self.action_name)):
            messages.success(request, message)
        return response

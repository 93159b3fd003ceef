"""Receivers for recruiting content, each bound to its senders: the taxonomy caches and the
employer's mail when a posting's review ends."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved, workflow_rejected

from listings.models import Area, EmploymentType, JobCategory, JobPosting, WelcomeTag
from listings.notifications import mail_employer
from listings.taxonomy_cache import forget_taxonomy_choices

TAXONOMIES = (JobCategory, EmploymentType, Area, WelcomeTag)


def refresh_taxonomy_choices(sender, **kwargs):
    forget_taxonomy_choices(sender)


for taxonomy in TAXONOMIES:
    post_save.connect(refresh_taxonomy_choices, sender=taxonomy)
    post_delete.connect(refresh_taxonomy_choices, sender=taxonomy)


def _posting_of(workflow_state):
    content = workflow_state.content_object
    return content if isinstance(content, JobPosting) else None


# Wagtail sends both with the WorkflowState class as sender, for pages and snippets alike.
@receiver(workflow_approved, sender=WorkflowState)
def tell_employer_approved(sender, instance, **kwargs):
    """Wagtail mails the submitter on approval, and a public submission has none."""
    posting = _posting_of(instance)
    if posting is not None and posting.submitter_email:
        posting.refresh_from_db()
        mail_employer(posting, "approved")


@receiver(workflow_rejected, sender=WorkflowState)
def tell_employer_rejected(sender, instance, **kwargs):
    posting = _posting_of(instance)
    if posting is not None and posting.submitter_email:
        task_state = instance.current_task_state
        comment = task_state.get_comment() if task_state else ""
        mail_employer(posting, "rejected", comment=comment)

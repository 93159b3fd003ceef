from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import workflow_approved, workflow_rejected

from listings.models import Area, EmploymentType, JobCategory, JobPosting, WelcomeTag
from listings.notifications import mail_employer
from listings.taxonomy_cache import forget_taxonomy_choices

TAXONOMIES = (JobCategory, EmploymentType, Area, WelcomeTag)


@receiver(post_save)
@receiver(post_delete)
def refresh_taxonomy_choices(sender, **kwargs):
    if sender in TAXONOMIES:
        forget_taxonomy_choices(sender)


def _posting_of(workflow_state):
    content = workflow_state.content_object
    return content if isinstance(content, JobPosting) else None


@receiver(workflow_approved)
def tell_employer_approved(sender, instance, **kwargs):
    """Wagtail mails the submitter on approval, and a public submission has none."""
    posting = _posting_of(instance)
    if posting is not None and posting.submitter_email:
        posting.refresh_from_db()
        mail_employer(posting, "approved")


@receiver(workflow_rejected)
def tell_employer_rejected(sender, instance, **kwargs):
    posting = _posting_of(instance)
    if posting is not None and posting.submitter_email:
        task_state = instance.current_task_state
        comment = task_state.get_comment() if task_state else ""
        mail_employer(posting, "rejected", comment=comment)

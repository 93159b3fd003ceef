"""What in recruiting purges the page cache (home.page_cache), and the next deadline of a
public posting, after which no cached page may still show it."""

from django.db.models import Min

from home.page_cache import connect_model, register_deadline
from listings.models import (
    Area,
    Employer,
    EmploymentType,
    JobCategory,
    JobPosting,
    WelcomeTag,
)


@register_deadline
def next_posting_deadline():
    """Approval, edits, renewal, filling, withdrawal and take-down all go through Wagtail's
    publish or unpublish (listings.services); a deadline passes with no signal at all."""
    return JobPosting.objects.public().aggregate(next=Min("expire_at"))["next"]


def connect():
    for model in (JobPosting, Employer, JobCategory, EmploymentType, Area, WelcomeTag):
        connect_model(model)

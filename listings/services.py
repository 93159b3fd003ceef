"""What happens to a posting outside the admin: a public submission, and the employer's
own actions from the private link. Each logs to Wagtail's audit log."""

import datetime
import logging
import time

from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone

from wagtail.log_actions import log

from listings.models.postings import JobPosting, Source
from listings.notifications import mail_employer

logger = logging.getLogger(__name__)

SAVE_ATTEMPTS = 3
RENEW_GRACE_DAYS = 30  # an expired posting can be renewed this long after it ended


def create_submission(cleaned_data, submission_key):
    """Save a new posting from the public form, once per submission key.

    In one transaction: the posting (never live), its first revision and the 「掲載審査」
    workflow started with no user. The employer's mail goes out after the commit.
    Returns (posting, created).
    """
    existing = JobPosting.objects.filter(submission_key=submission_key).first()
    if existing:
        return existing, False
    data = dict(cleaned_data)
    tags = data.pop("welcome_tags", [])
    for name in ("agree_terms", "website"):
        data.pop(name, None)
    for attempt in range(SAVE_ATTEMPTS):
        try:
            with transaction.atomic():
                posting = JobPosting(**data, source=Source.FORM, submission_key=submission_key)
                posting.live = False
                posting.welcome_tags.set(tags)
                posting.save()
                posting.save_revision(user=None, log_action="wagtail.create")
                posting.get_workflow().start(posting, user=None)
            break
        except IntegrityError:
            # The same form sent twice at once: the other request made it.
            existing = JobPosting.objects.filter(submission_key=submission_key).first()
            if existing is None:
                raise
            return existing, False
        except OperationalError:
            # A lock wait that ran out (SQLite's write lock under load, a PostgreSQL
            # deadlock victim): the submission key makes a retry safe. search.backends
            # keeps the search index from causing such deadlocks in the first place.
            if attempt == SAVE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    transaction.on_commit(lambda: mail_employer(posting, "received"))
    return posting, True


def employer_status(posting, now=None):
    """What the employer's page says: in_review, public, needs_changes or ended."""
    state = posting.current_workflow_state
    if posting.has_ended(now) or posting.closed_reason:
        return "ended"
    if posting.is_public(now):
        return "public"
    if state and state.status == state.STATUS_NEEDS_CHANGES:
        return "needs_changes"
    if state and state.status == state.STATUS_IN_PROGRESS:
        return "in_review"
    return "needs_changes"


def edit_by_employer(posting, cleaned_data):
    """A new revision from the employer; it goes through moderation again. A public posting's
    approved version stays live meanwhile; one never yet published has only this version
    to be reviewed (the manage page says which)."""
    draft = posting.get_latest_revision_as_object()
    data = dict(cleaned_data)
    tags = data.pop("welcome_tags", [])
    for name, value in data.items():
        setattr(draft, name, value)
    draft.welcome_tags.set(tags)
    with transaction.atomic():
        revision = draft.save_revision(user=None, log_action="wagtail.edit")
        state = posting.current_workflow_state
        if state and state.status == state.STATUS_NEEDS_CHANGES:
            state.resume(user=None)
        elif not state:
            posting.refresh_from_db()
            posting.get_workflow().start(posting, user=None)
    return revision


def close(posting, reason):
    """Filled or withdrawn: off the public site at once, with any review cancelled."""
    with transaction.atomic():
        state = posting.current_workflow_state
        if state:
            state.cancel(user=None)
        if posting.live:
            posting.unpublish(user=None, log_action=False)
        JobPosting.objects.filter(pk=posting.pk).update(
            closed_reason=reason, closed_at=timezone.now(), live=False
        )
        log(posting, f"listings.{reason}", user=None)
    posting.refresh_from_db()


def can_renew(posting, now=None):
    now = now or timezone.now()
    if posting.closed_reason or posting.first_published_at is None:
        return False
    if posting.is_public(now):
        return True
    ended_at = posting.expire_at
    return ended_at is not None and now - ended_at <= datetime.timedelta(days=RENEW_GRACE_DAYS)


def renew(posting, new_deadline):
    """A new deadline (checked by the form) for a live or recently expired posting. The
    content is unchanged, so it needs no new review; the revisions learn the new date too,
    so publishing a pending edit later does not bring the old deadline back."""
    from listings.models.postings import end_of_day

    with transaction.atomic():
        JobPosting.objects.filter(pk=posting.pk).update(
            valid_through=new_deadline,
            expire_at=end_of_day(new_deadline),
            expired=False,
            live=True,
        )
        for revision in {posting.live_revision, posting.latest_revision} - {None}:
            revision.content["valid_through"] = new_deadline.isoformat()
            revision.content["expire_at"] = end_of_day(new_deadline).isoformat()
            revision.save(update_fields=["content"])
        log(posting, "listings.renew", user=None, data={"valid_through": new_deadline.isoformat()})
    posting.refresh_from_db()

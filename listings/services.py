"""What happens to a posting outside the admin: a public submission, the employer's own
actions from the private link, and a take-down by staff. Each logs to Wagtail's audit log.

Each function that changes state checks here whether it may (the views only decide which
buttons to show): a posting staff took down, rejected or closed comes back only through
staff, never through the employer's link."""

import datetime
import logging
import time

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry

from listings.models.postings import JobPosting, Source, end_of_day
from listings.models.tokens import ManagementToken
from listings.notifications import mail_receipt

logger = logging.getLogger(__name__)

SAVE_ATTEMPTS = 3
RENEW_GRACE_DAYS = 30  # an expired posting can be renewed this long after it ended
# Log actions whose revision was the public version at the time.
PUBLISH_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled", "listings.renew")


class NotAllowed(PermissionDenied):
    """The employer's link may not do this to the posting in its present state."""


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
    transaction.on_commit(lambda: mail_receipt(posting))
    return posting, True


def taken_down(posting):
    """Off the site by staff's hand: published once, not live now, not closed, and not
    ended by its own deadline. Only `publish_scheduled` sets `expired` (Wagtail's admin
    unpublish does not), so an unpublished posting without it was taken down."""
    return (
        posting.first_published_at is not None
        and not posting.live
        and not posting.expired
        and not posting.closed_reason
    )


def employer_status(posting, now=None):
    """What the employer's page says: in_review, public, needs_changes, taken_down or
    ended."""
    state = posting.current_workflow_state
    # Before "ended": a taken-down posting whose deadline has passed since is still the
    # site's decision, and the employer should know whom to ask.
    if taken_down(posting):
        return "taken_down"
    if posting.has_ended(now) or posting.closed_reason:
        return "ended"
    if posting.is_public(now):
        return "public"
    if state and state.status == state.STATUS_NEEDS_CHANGES:
        return "needs_changes"
    if state and state.status == state.STATUS_IN_PROGRESS:
        return "in_review"
    return "needs_changes"


def can_edit(posting, now=None):
    """Not closed, not ended and not taken down: an edit of those would go to review and
    could bring back through the employer's link what staff or the deadline took off."""
    return not (posting.closed_reason or posting.has_ended(now) or taken_down(posting))


def edit_by_employer(posting, cleaned_data):
    """A new revision from the employer; it goes through moderation again. A public posting's
    approved version stays live meanwhile; one never yet published has only this version
    to be reviewed (the manage page says which).

    An edit while a review is in progress restarts the review on the new revision: Wagtail
    publishes the *latest* revision when a workflow finishes, so without the restart a
    moderator approving the version they read would publish this one unseen. The old task
    state is cancelled, so an approval of it is refused."""
    if not can_edit(posting):
        raise NotAllowed("This posting cannot be edited from the management link.")
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
        else:
            if state:  # in progress: see the docstring
                state.cancel(user=None)
            posting.refresh_from_db()
            posting.get_workflow().start(posting, user=None)
    return revision


def close(posting, reason):
    """Filled or withdrawn: off the public site at once, with any review cancelled and the
    management links revoked (nothing is left to manage)."""
    with transaction.atomic():
        ManagementToken.revoke(posting)
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


def take_down(posting, user, reason=""):
    """Staff take a posting off the site (a correction or removal request, a broken rule).
    Wagtail's unpublish logs who; the reason goes into the log entry's data. The management
    links are revoked: a take-down may answer a leaked or misused link, and a fresh one
    (the lost-link form, staff's resend) shows the employer the take-down. Only someone
    who may publish postings may take one down."""
    if not policy_registry.get(posting).user_has_permission(user, "publish"):
        raise PermissionDenied("Only staff who may publish postings can take one down.")
    with transaction.atomic():
        ManagementToken.revoke(posting)
        posting.unpublish(user=user)
        log(posting, "listings.take_down", user=user, data={"reason": reason})
    posting.refresh_from_db()


def revoke_links(posting, user):
    """Staff end every working management link of `posting` (a link sent to the wrong
    address, a leak); logged with who, and how many links. Returns that number."""
    if not user.has_perm("listings.change_jobposting"):
        raise PermissionDenied("Only staff who may change postings can revoke their links.")
    with transaction.atomic():
        count = ManagementToken.revoke(posting)
        log(posting, "listings.revoke_links", user=user, data={"count": count})
    return count


def approved_revision(posting):
    """The revision that is, or last was, public: `live_revision`, or after an unpublish
    (which clears it) the revision of the last publish in the audit log."""
    if posting.live_revision_id:
        return posting.live_revision
    entry = (
        ModelLogEntry.objects.for_instance(posting)
        .filter(action__in=PUBLISH_ACTIONS, revision__isnull=False)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision if entry else None


def can_renew(posting, now=None):
    """Renewable: public now, or ended by its own deadline (not taken down, rejected or
    closed) no longer than RENEW_GRACE_DAYS ago, with an approved version to publish."""
    now = now or timezone.now()
    if posting.closed_reason or posting.first_published_at is None or taken_down(posting):
        return False
    if approved_revision(posting) is None:
        return False
    if posting.is_public(now):
        return True
    ended_at = posting.expire_at
    ended_by_deadline = (posting.live or posting.expired) and ended_at is not None
    return (
        ended_by_deadline
        and ended_at <= now
        and now - ended_at <= datetime.timedelta(days=RENEW_GRACE_DAYS)
    )


def _with_deadline(revision, new_deadline):
    obj = revision.as_object()
    obj.valid_through = new_deadline
    obj.expire_at = end_of_day(new_deadline)
    return obj


def renew(posting, new_deadline):
    """A new deadline (checked by the form) for a live or recently expired posting: the
    approved version with the new date, published through Wagtail (a revision, `live`,
    the audit log). The content is unchanged, so it needs no new review.

    Publishing cancels a review in progress (WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH), so an
    edit waiting for review is saved again with the new date and sent to review afresh;
    a rejected edit stays a draft until the employer sends it again."""
    if not can_renew(posting):
        raise NotAllowed("This posting cannot be renewed from the management link.")
    approved = approved_revision(posting)
    latest = posting.get_latest_revision()
    pending = latest if latest and latest.pk != approved.pk else None
    state = posting.current_workflow_state
    in_review = bool(state and state.status == state.STATUS_IN_PROGRESS)
    with transaction.atomic():
        revision = _with_deadline(approved, new_deadline).save_revision(user=None, clean=False)
        revision.publish(user=None, log_action="listings.renew")
        if pending is not None:
            _with_deadline(pending, new_deadline).save_revision(user=None, clean=False)
            if in_review:
                posting.refresh_from_db()
                posting.get_workflow().start(posting, user=None)
    posting.refresh_from_db()

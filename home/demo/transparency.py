"""The demo loader's history for the transparency page: a year of moderation decisions.

For home.commons.transparency: a year of reviews decided by moderators of several partner
organisations, with withdrawals and expiries, and columns dated to their printed date.
(Correction requests come from home.demo.corrections.)

A history posting is made as the public form makes one (a draft, its first revision, the
「掲載審査」 workflow started with no user) and decided by a demo moderator; then its dates
(workflow, task states, revisions, audit log, the posting's own) are set back with
.update(). Every history posting has ended by today, so the portal does not change.
Postings are found again by their submission keys: a second run, even months later,
makes nothing new. Listings models are looked up by name (home imports no section app).
The moderators and rejection comments are home/demo/data/transparency.yaml.
"""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import ModelLogEntry, Revision, TaskState

from home import roles
from home.models import PartnerOrganization, StaffMembership

from . import data
from .recruiting import listings_model, posting_values

HISTORY_MONTHS = 12
KEY = "demo-history"


def build_transparency_history(ctx):
    moderators = build_moderators(ctx)
    build_moderation_history(ctx, moderators)
    date_columns(ctx)


def build_moderators(ctx):
    """The demo moderator and two more, each of another partner organisation where
    build_partners has made enough of them. Returns [(user, weight)]."""
    user_model = get_user_model()
    group = Group.objects.get(name=roles.MODERATORS)
    taken = set()
    organisations = list(PartnerOrganization.objects.all())
    result = []
    for spec in data.transparency().moderators:
        username, last_name = spec["username"], spec["last_name"]
        user = user_model.objects.filter(username=username).first()
        created = user is None
        if created:
            user = user_model(username=username, email=spec["email"])
            user.last_name = last_name
            user.set_password(data.site().demo_password)
            user.save()
        changed = not user.groups.filter(pk=group.pk).exists()
        if changed:
            user.groups.add(group)
        membership = StaffMembership.objects.filter(user=user).first()
        if membership is None:
            # Organisations that moderate postings first, by their role's description.
            free = sorted(
                (org for org in organisations if org.pk not in taken),
                key=lambda org: "掲載審査" not in org.role,
            )
            if free:
                membership = StaffMembership.objects.create(organization=free[0], user=user)
                changed = True
        if membership is not None:
            taken.add(membership.organization_id)
        if last_name is not None:
            ctx.count("users", created, changed)
        result.append((user, spec["share"]))
    return result


def month_start(today, months_ago):
    index = today.year * 12 + today.month - 1 - months_ago
    start = datetime.date(index // 12, index % 12 + 1, 1)
    return timezone.make_aware(datetime.datetime.combine(start, datetime.time()))


def end_of_day(day):
    start_next = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(start_next) - datetime.timedelta(microseconds=1)


def lookups():
    return {
        "category": {c.slug: c for c in listings_model("JobCategory").objects.all()},
        "employment_type": {t.slug: t for t in listings_model("EmploymentType").objects.all()},
        "area": {area.slug: area for area in listings_model("Area").objects.all()},
        "welcome_tags": {tag.slug: tag for tag in listings_model("WelcomeTag").objects.all()},
        "employer": {e.slug: e for e in listings_model("Employer").objects.all()},
    }


def build_moderation_history(ctx, moderators):
    """Two to five submissions a month, oldest first, each decided some hours later."""
    posting_model = listings_model("JobPosting")
    existing = set(
        posting_model.objects.filter(submission_key__startswith=KEY).values_list(
            "submission_key", flat=True
        )
    )
    now = timezone.now()
    values_for = lookups()
    for months_ago in range(HISTORY_MONTHS - 1, -1, -1):
        rng = ctx.rng("transparency", months_ago)
        start = month_start(timezone.localdate(), months_ago)
        end = min(
            month_start(timezone.localdate(), months_ago - 1), now - datetime.timedelta(days=2)
        )
        for number in range(rng.randint(2, 5)):
            key = f"{KEY}-{months_ago}-{number}"
            plan = draw_plan(rng, start, end, moderators)
            spec = rng.choice(data.recruiting().postings)
            if key in existing or end <= start:
                ctx.count("postings (history)", False, False)
                continue
            act_out(posting_model, key, spec, values_for, plan, now)
            ctx.count("postings (history)", True, False)


def draw_plan(rng, start, end, moderators):
    """When it was submitted, each review round (decider, action, hours taken) and what
    became of it. Drawn in the same order every time, whether it is used or not."""
    submitted = start + (end - start) * rng.random()
    users = [user for user, _ in moderators]
    weights = [weight for _, weight in moderators]
    rounds = []
    outcome = rng.random()
    if outcome < 0.2:
        rounds.append((rng.choices(users, weights)[0], "reject", hours(rng)))
        if outcome < 0.1:
            rounds.append((rng.choices(users, weights)[0], "approve", hours(rng)))
    elif outcome < 0.93:
        rounds.append((rng.choices(users, weights)[0], "approve", hours(rng)))
    fate = rng.random()
    return {
        "submitted": submitted,
        "rounds": rounds,
        "resubmit_days": rng.uniform(1, 5),
        "run_days": rng.randint(14, 60),
        # Closed before the deadline; one still running today is closed in any case.
        "closed": "withdrawn" if fate < 0.15 else "filled" if fate < 0.3 else "",
        "closed_anyway": "withdrawn" if fate < 0.55 else "filled",
        "closed_share": rng.uniform(0.2, 0.9),
        "comment": rng.choice(data.transparency().reject_comments),
    }


def hours(rng):
    """Most reviews take an afternoon; some a day or two; a few most of a week."""
    kind = rng.random()
    if kind < 0.5:
        return rng.uniform(0.5, 8)
    if kind < 0.85:
        return rng.uniform(8, 36)
    return rng.uniform(36, 120)


def act_out(posting_model, key, spec, values_for, plan, now):
    """Submit, review (and perhaps resubmit) and end one history posting, then date it."""
    values = posting_values(spec, values_for)
    month = timezone.localtime(plan["submitted"])
    values["title"] = f"{spec['title']}（{month.year}年{month.month}月募集）"
    values["valid_through"] = timezone.localdate() + datetime.timedelta(days=30)
    tags = values.pop("welcome_tags")
    posting = posting_model(live=False, submission_key=key, **values)
    posting.welcome_tags.set(tags)
    posting.save()
    mark = last_log()
    posting.save_revision(user=None, log_action="wagtail.create")
    state = posting.get_workflow().start(posting, user=None)
    when = submitted = plan["submitted"]
    stamp(posting, mark, when)
    Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(posting_model),
        object_id=str(posting.pk),
    ).update(created_at=when)

    decided = None
    for index, (user, action, taken) in enumerate(plan["rounds"]):
        if index:  # a resubmission after the rejection
            when = decided + datetime.timedelta(days=plan["resubmit_days"])
            if when > now - datetime.timedelta(days=1):
                break
            mark = last_log()
            posting.current_workflow_state.resume(user=None)
            stamp(posting, mark, when)
        decided = min(when + datetime.timedelta(hours=taken), now - datetime.timedelta(hours=6))
        posting = posting_model.objects.get(pk=posting.pk)
        task_state = posting.current_workflow_task_state
        mark = last_log()
        comment = plan["comment"] if action == "reject" else ""
        posting.current_workflow_task.on_action(task_state, user, action, comment=comment)
        stamp(posting, mark, decided)
        TaskState.objects.filter(pk=task_state.pk).update(started_at=when, finished_at=decided)

    if not plan["rounds"]:  # withdrawn by the employer while in review
        closed_at = submitted + datetime.timedelta(hours=20)
        mark = last_log()
        posting.current_workflow_state.cancel(user=None)
        stamp(posting, mark, closed_at)
        TaskState.objects.filter(workflow_state=state).update(
            started_at=submitted, finished_at=closed_at
        )
        posting_model.objects.filter(pk=posting.pk).update(
            closed_reason="withdrawn", closed_at=closed_at
        )
    else:
        posting = posting_model.objects.get(pk=posting.pk)
        if posting.live:
            finish(posting, plan, decided, now)
    # Last: Wagtail saves the whole workflow state on each action.
    type(state).objects.filter(pk=state.pk).update(created_at=submitted)
    posting_model.objects.filter(pk=posting.pk).update(created_at=submitted)


def finish(posting, plan, published, now):
    """Published at `published`; then it ran to its deadline or was closed before."""
    deadline = timezone.localtime(published).date() + datetime.timedelta(days=plan["run_days"])
    expire_at = end_of_day(deadline)
    last_day = min(expire_at, now - datetime.timedelta(hours=1))
    closed = plan["closed"] or (plan["closed_anyway"] if expire_at > now else "")
    mark = last_log()
    fields = {
        "first_published_at": published,
        "last_published_at": published,
        "valid_through": deadline,
        "expire_at": expire_at,
    }
    if closed:
        posting.unpublish()
        closed_at = published + (last_day - published) * plan["closed_share"]
        fields.update(closed_reason=closed, closed_at=closed_at)
    else:
        # What publish_scheduled does once the deadline has passed.
        posting.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
        closed_at = expire_at
    stamp(posting, mark, closed_at)
    type(posting).objects.filter(pk=posting.pk).update(**fields)


def last_log():
    return ModelLogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def stamp(posting, mark, when):
    """Date the audit log entries written for `posting` since `mark`."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(posting),
        object_id=str(posting.pk),
        pk__gt=mark,
    ).update(timestamp=when)


def date_columns(ctx):
    """Columns were published on the date they print, not when the loader ran."""
    column_model = apps.get_model("columns", "ColumnPage")
    for column in column_model.objects.live():
        printed = timezone.make_aware(datetime.datetime.combine(column.date, datetime.time(10)))
        changed = column.first_published_at and column.first_published_at > printed
        if changed:
            column_model.objects.filter(pk=column.pk).update(first_published_at=printed)
        ctx.count("columns (dated)", False, changed)

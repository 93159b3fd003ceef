"""The recruiting section's figures on the transparency page (see home.commons.transparency):
moderation per month, how long a decision takes, who takes decisions, live postings by
category and area, and features published. Registered in listings/wagtail_hooks.py."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _

from wagtail.models import TaskState

from home.commons.transparency import (
    Bar,
    DistributionFigure,
    MonthlyFigure,
    Series,
    Tile,
    TilesFigure,
    median,
    percentile,
)
from listings.models import ClosedReason, JobFeaturePage, JobPosting

DECISIONS = (TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED)
NO_ORGANISATION = _("No partner organisation")
ORGANISATION = "finished_by__partner_membership__organization__name"


def figures(period):
    return [
        moderation_figure(period),
        decision_time_figure(period),
        decision_share_figure(period),
        live_postings_figure(period, "category"),
        live_postings_figure(period, "area"),
        features_figure(period),
    ]


def posting_task_states():
    """Review rounds of postings. The 「掲載審査」 workflow has one task, so each task
    state is one submission: the first, or a resubmission after a rejection (Wagtail
    resumes the workflow with a new task state rather than starting another)."""
    content_type = ContentType.objects.get_for_model(JobPosting)
    return TaskState.objects.filter(workflow_state__base_content_type=content_type)


def decisions(period):
    return posting_task_states().filter(status__in=DECISIONS, **period.within("finished_at"))


def moderation_figure(period):
    task_states = posting_task_states()
    submitted = period.monthly_counts(task_states, "started_at")
    decided = period.monthly_counts(
        task_states.filter(status__in=DECISIONS), "finished_at", by="status"
    )
    withdrawn = period.monthly_counts(
        JobPosting.objects.filter(closed_reason=ClosedReason.WITHDRAWN), "closed_at"
    )
    # Reached the deadline while still open: a posting withdrawn or filled before its
    # deadline counts once, as withdrawn (or not at all), never again as expired.
    expired = period.monthly_counts(
        JobPosting.objects.filter(first_published_at__isnull=False).filter(
            Q(closed_reason=ClosedReason.OPEN) | Q(closed_at__gt=F("expire_at"))
        ),
        "expire_at",
    )
    return MonthlyFigure(
        key="moderation",
        title=_("Postings in moderation, month by month"),
        description=_(
            "Reviews started: submissions in the month, resubmissions after a rejection "
            "included. Approvals, rejections: moderators' decisions in the month. "
            "Withdrawals: postings their employer withdrew in the month. Expiries: published "
            "postings whose deadline passed in the month while they were still open."
        ),
        months=period.months,
        series=(
            Series("submitted", _("Reviews started"), submitted, "sea"),
            Series(
                "approved",
                _("Approvals"),
                decided.get(TaskState.STATUS_APPROVED, period.zeros()),
                "green",
            ),
            Series(
                "rejected",
                _("Rejections"),
                decided.get(TaskState.STATUS_REJECTED, period.zeros()),
                "accent",
            ),
            Series("withdrawn", _("Withdrawals"), withdrawn, "gray"),
            Series("expired", _("Expiries"), expired, "gold"),
        ),
    )


def decision_time_figure(period):
    durations = [
        finished - started
        for started, finished in decisions(period).values_list("started_at", "finished_at")
    ]
    return TilesFigure(
        key="decision_time",
        title=_("Time from submission to decision"),
        description=_(
            "From the start of a review to the moderator's approval or rejection, over the "
            "decisions of the months shown. Half of the decisions took no longer than the "
            "median, nine in ten no longer than the 90th percentile."
        ),
        tiles=(
            Tile("median", _("Median"), median(durations)),
            Tile("p90", _("90th percentile"), percentile(durations, 0.9)),
            Tile("decisions", _("Decisions"), len(durations)),
        ),
    )


def decision_share_figure(period):
    rows = decisions(period).values(ORGANISATION).annotate(n=Count("pk")).order_by()
    counts = {row[ORGANISATION]: row["n"] for row in rows}
    unaffiliated = counts.pop(None, 0)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    bars = [Bar(name, n) for name, n in ranked]
    if unaffiliated:
        bars.append(Bar(NO_ORGANISATION, unaffiliated))
    return DistributionFigure(
        key="decision_share",
        title=_("Decisions by partner organisation"),
        description=_(
            "Who approved or rejected postings in the months shown: the organisation of the "
            "moderator who took each decision. Staff with no partner organisation are "
            "counted together."
        ),
        bars=tuple(bars),
        tone="green",
    )


def live_postings_figure(period, by):
    rows = (
        JobPosting.objects.public(period.now)
        .values(f"{by}__name", f"{by}__sort_order")
        .annotate(n=Count("pk"))
        .order_by("-n", f"{by}__sort_order", f"{by}__name")
    )
    bars = tuple(Bar(row[f"{by}__name"], row["n"]) for row in rows)
    if by == "category":
        title = _("Live postings by job category")
        description = _(
            "Postings on the portal now (approved, before their deadline, not filled or "
            "withdrawn), by job category. Categories with none are left out."
        )
    else:
        title = _("Live postings by area")
        description = _(
            "Postings on the portal now (approved, before their deadline, not filled or "
            "withdrawn), by area. Areas with none are left out."
        )
    return DistributionFigure(key=f"live_by_{by}", title=title, description=description, bars=bars)


def features_figure(period):
    features = JobFeaturePage.objects.live().public()
    return MonthlyFigure(
        key="features",
        title=_("Recruiting features published"),
        description=_(
            "Features of 「氷見で働く。」 on the site now, by the month they were first published."
        ),
        months=period.months,
        series=(
            Series(
                "features",
                _("Features"),
                period.monthly_counts(features, "first_published_at"),
                "sea",
            ),
        ),
    )

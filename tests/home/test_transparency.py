"""The transparency page: every figure from known data, at a fixed `now`, and the page
itself (charts with their tables, the time of counting, the 10-minute cache)."""

import datetime
import re
import types
from zoneinfo import ZoneInfo

import pytest

from django.core.cache import cache
from django.core.cache.backends import locmem

from wagtail.models import TaskState

from home import roles
from home.commons import transparency
from home.models import (
    CorrectionRequest,
    PartnerOrganization,
    StaffMembership,
    TransparencyPage,
)
from listings.models import Area, JobCategory, JobPosting
from listings.services import close
from listings.transparency import NO_ORGANISATION
from succession.models import Status
from tests.factories import UserFactory, make_column
from tests.factories.listings import (
    FeatureIndexPageFactory,
    JobFeaturePageFactory,
    make_posting,
)
from tests.factories.succession import SuccessionIndexPageFactory, SuccessionStoryPageFactory

pytestmark = pytest.mark.django_db

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime.datetime(2026, 11, 27, 15, 20, tzinfo=TOKYO)
MONTHS = (datetime.date(2025, 12, 1), *(datetime.date(2026, m, 1) for m in range(1, 12)))
HOUR = datetime.timedelta(hours=1)
LATER = datetime.datetime(2027, 3, 31, 23, 59, tzinfo=TOKYO)


def at(year, month, day, hour=12, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=TOKYO)


def monthly(counts):
    """The 12 buckets from {(year, month): count}, zeros elsewhere."""
    return tuple(counts.get((month.year, month.month), 0) for month in MONTHS)


def figures():
    return transparency.compute_snapshot(12, now=NOW)


def posting(state="public", expire_at=LATER, **fields):
    """A posting in `state` whose deadline is `expire_at` (independent of today)."""
    made = make_posting(state, **fields)
    JobPosting.objects.filter(pk=made.pk).update(expire_at=expire_at)
    return JobPosting.objects.get(pk=made.pk)


def submitted(**fields):
    return posting("moderation", **fields)


def decide(item, user, action, started, finished):
    """The current review round of `item` decided by `user`, then dated."""
    item = JobPosting.objects.get(pk=item.pk)
    state = item.current_workflow_task_state
    item.current_workflow_task.on_action(state, user, action)
    TaskState.objects.filter(pk=state.pk).update(started_at=started, finished_at=finished)
    JobPosting.objects.filter(pk=item.pk).update(expire_at=LATER)


def resubmit(item):
    JobPosting.objects.get(pk=item.pk).current_workflow_state.resume(user=None)


def start(item, started):
    TaskState.objects.filter(
        workflow_state__object_id=str(item.pk), status=TaskState.STATUS_IN_PROGRESS
    ).update(started_at=started)


def closed(item, reason, closed_at, expire_at):
    """Filled or withdrawn by the employer at `closed_at`; the deadline was `expire_at`."""
    close(item, reason)  # saving derives expire_at from today's deadline: set both after
    JobPosting.objects.filter(pk=item.pk).update(closed_at=closed_at, expire_at=expire_at)


def member(organisation):
    user = UserFactory(groups=[roles.MODERATORS])
    if organisation:
        StaffMembership.objects.create(organization=organisation, user=user)
    return user


def organisation(name, sector="citizens"):
    return PartnerOrganization.objects.create(
        name=name, sector=sector, role="求人の掲載審査", since=datetime.date(2025, 4, 1)
    )


@pytest.fixture
def moderation_history(home_page):
    """Reviews, decisions by three moderators, withdrawals and expiries."""
    chamber, npo = organisation("氷見商工会議所", "industry"), organisation("灘浦まちづくりNPO")
    organisation("氷見市 商工振興課", "government")  # has no decisions: not listed
    a, b, c = member(chamber), member(npo), member(None)

    old = submitted()  # decided before the period: counted nowhere in it
    decide(old, b, "approve", at(2025, 11, 19), at(2025, 11, 20))
    p1 = submitted()
    decide(p1, a, "approve", at(2026, 3, 10, 9), at(2026, 3, 10, 11))  # 2 h
    p2 = submitted()
    decide(p2, b, "reject", at(2026, 3, 20, 10), at(2026, 3, 21, 10))  # 24 h
    resubmit(p2)
    decide(p2, a, "approve", at(2026, 4, 2, 9), at(2026, 4, 2, 15))  # 6 h
    p3 = submitted()  # 00:30 in Tokyo is still October in UTC: November here
    decide(p3, c, "approve", at(2026, 11, 1, 0, 30), at(2026, 11, 3, 0, 30))  # 48 h
    p4 = submitted()  # submitted before the period, decided in its first month
    decide(p4, b, "approve", at(2025, 11, 30, 23), at(2025, 12, 1, 1))  # 2 h
    start(submitted(), at(2026, 11, 20))  # still in review

    for reason, closed_at in [
        ("withdrawn", at(2026, 6, 15)),
        ("withdrawn", at(2026, 7, 1, 0, 30)),  # June in UTC
        ("filled", at(2026, 6, 16)),
        ("withdrawn", at(2025, 10, 1)),  # before the period
    ]:
        # Withdrawn before the deadline: not expired as well.
        closed(posting(), reason, closed_at, expire_at=at(2026, 7, 31, 23, 59))

    for expire_at in [
        at(2026, 8, 31, 23, 59),
        at(2026, 11, 27, 10),  # earlier today
        at(2026, 11, 27, 16),  # later today: still live
        at(2026, 12, 10),  # next month
        at(2025, 11, 30, 23, 59),  # before the period
        at(2025, 12, 1, 0, 30),  # November in UTC
    ]:
        posting(expire_at=expire_at)
    posting("draft", expire_at=at(2026, 7, 10))  # never published: never expired
    closed(posting(), "filled", at(2026, 9, 20), expire_at=at(2026, 9, 10))  # filled late


def test_period_is_calendar_months_in_tokyo_oldest_first():
    assert transparency.Period.ending(NOW, 12).months == MONTHS
    new_year = datetime.datetime(2026, 1, 1, 0, 10, tzinfo=TOKYO)  # 2025-12-31 in UTC
    assert transparency.Period.ending(new_year, 3).months == (
        datetime.date(2025, 11, 1),
        datetime.date(2025, 12, 1),
        datetime.date(2026, 1, 1),
    )


def test_moderation_per_month(moderation_history):
    figure = figures().figure("moderation")
    assert figure.months == MONTHS
    assert [series.key for series in figure.series] == [
        "submitted",
        "approved",
        "rejected",
        "withdrawn",
        "expired",
    ]
    # A resubmission after a rejection is a submission of its own.
    assert figure.get("submitted").values == monthly({(2026, 3): 2, (2026, 4): 1, (2026, 11): 2})
    assert figure.get("approved").values == monthly(
        {(2025, 12): 1, (2026, 3): 1, (2026, 4): 1, (2026, 11): 1}
    )
    assert figure.get("rejected").values == monthly({(2026, 3): 1})
    assert figure.get("withdrawn").values == monthly({(2026, 6): 1, (2026, 7): 1})
    assert figure.get("expired").values == monthly(
        {(2025, 12): 1, (2026, 8): 1, (2026, 9): 1, (2026, 11): 1}
    )


def test_time_to_decision_median_and_90th_percentile(moderation_history):
    figure = figures().figure("decision_time")
    # 2 h, 2 h, 6 h, 24 h, 48 h: the median is the third, the 90th percentile the fifth.
    assert figure.get("median") == 6 * HOUR
    assert figure.get("p90") == 48 * HOUR
    assert figure.get("decisions") == 5


def test_decisions_by_partner_organisation(moderation_history):
    figure = figures().figure("decision_share")
    assert [(str(bar.label), bar.count) for bar in figure.bars] == [
        ("氷見商工会議所", 2),
        ("灘浦まちづくりNPO", 2),
        (str(NO_ORGANISATION), 1),
    ]
    assert [figure.share(bar) for bar in figure.bars] == [40.0, 40.0, 20.0]


def test_no_decisions_leave_the_duration_tiles_empty(home_page):
    figure = figures().figure("decision_time")
    assert (figure.get("median"), figure.get("p90"), figure.get("decisions")) == (None, None, 0)
    assert figures().figure("decision_share").bars == ()


def test_live_postings_by_category_and_area_count_only_public_ones(home_page):
    category = {slug: JobCategory.objects.get(slug=slug) for slug in ("service", "welfare-care")}
    central = Area.objects.get(slug="central")
    posting()
    posting()
    posting(category=category["service"], area=central)
    posting(category=category["welfare-care"], area=central)
    # None of these is live at NOW.
    posting("draft", category=category["service"])
    submitted(category=category["service"])
    posting(expire_at=at(2026, 11, 27, 15, 19), category=category["service"])
    posting("expired_flagged", expire_at=at(2026, 11, 1), category=category["service"])
    posting("filled", category=category["service"])
    posting("withdrawn", category=category["service"])

    snapshot = figures()
    by_category = snapshot.figure("live_by_category")
    assert [(bar.label, bar.count) for bar in by_category.bars] == [
        ("農林漁業の職業", 2),
        ("福祉・介護の職業", 1),  # before サービス by the categories' order
        ("サービスの職業", 1),
    ]
    by_area = snapshot.figure("live_by_area")
    assert [(bar.label, bar.count) for bar in by_area.bars] == [
        ("氷見市街地（比美町・中央町・本町周辺）", 2),
        ("阿尾・宇波（灘浦）", 2),
    ]
    assert by_area.total == JobPosting.objects.public(NOW).count() == 4


def test_features_and_columns_published_per_month(home_page, column_index):
    features = FeatureIndexPageFactory(parent=home_page)
    for when in [at(2026, 1, 15), at(2026, 1, 20), at(2026, 9, 1, 0, 10), at(2025, 6, 1)]:
        page = JobFeaturePageFactory(parent=features)
        type(page).objects.filter(pk=page.pk).update(first_published_at=when)
    JobFeaturePageFactory(parent=features, live=False)
    withdrawn = JobFeaturePageFactory(parent=features)
    withdrawn.unpublish()
    type(withdrawn).objects.filter(pk=withdrawn.pk).update(first_published_at=at(2026, 5, 5))
    for when in [at(2026, 2, 10), at(2026, 11, 26), at(2026, 11, 28)]:  # the last: after NOW
        column = make_column(column_index)
        type(column).objects.filter(pk=column.pk).update(first_published_at=when)
    make_column(column_index, live=False)

    snapshot = figures()
    assert snapshot.figure("features").get("features").values == monthly(
        {(2026, 1): 2, (2026, 9): 1}
    )
    assert snapshot.figure("columns").get("columns").values == monthly(
        {(2026, 2): 1, (2026, 11): 1}
    )


def test_succession_stories_by_status(home_page):
    index = SuccessionIndexPageFactory(parent=home_page)
    for status in ["seeking", "seeking", "negotiating"]:
        SuccessionStoryPageFactory(parent=index, status=status)
    SuccessionStoryPageFactory(parent=index, status="concluded", live=False)
    figure = figures().figure("succession_status")
    assert [(bar.label, bar.count) for bar in figure.bars] == [
        (Status.SEEKING.label, 2),
        (Status.NEGOTIATING.label, 1),
        (Status.CONCLUDED.label, 0),
    ]


def correction(created_at, *changes):
    request = CorrectionRequest.objects.create(
        target_title="定置網漁の乗組員",
        target_url="/portal/1/",
        reason="inaccurate",
        details="締切が違います。",
        created_at=created_at,
        status_changed_at=created_at,
    )
    for status, changed_at in changes:
        request.change_status(status)
        CorrectionRequest.objects.filter(pk=request.pk).update(status_changed_at=changed_at)
    return request


def test_correction_requests_received_and_dealt_with_per_month(home_page):
    correction(at(2026, 5, 10), ("in_progress", at(2026, 5, 11)), ("resolved", at(2026, 5, 12)))
    correction(at(2026, 5, 20), ("in_progress", at(2026, 5, 21)))
    correction(at(2026, 10, 1), ("no_action", at(2026, 11, 2)))
    correction(at(2025, 10, 5), ("resolved", at(2025, 12, 3)))
    correction(at(2026, 11, 1, 0, 30))  # October in UTC

    figure = figures().figure("corrections")
    assert figure.get("received").values == monthly({(2026, 5): 2, (2026, 10): 1, (2026, 11): 1})
    assert figure.get("resolved").values == monthly({(2025, 12): 1, (2026, 5): 1, (2026, 11): 1})


def test_figures_come_in_the_order_of_the_sections(home_page):
    assert [figure.key for figure in figures().figures] == [
        "moderation",
        "decision_time",
        "decision_share",
        "live_by_category",
        "live_by_area",
        "features",
        "columns",
        "succession_status",
        "corrections",
    ]


# The page


@pytest.fixture
def transparency_page(about_page):
    page = about_page.add_child(
        instance=TransparencyPage(title="運営の透明性", slug="transparency", intro="<p>公開</p>")
    )
    page.save_revision().publish()
    chamber = organisation("氷見商工会議所", "industry")
    item = submitted()
    decide(item, member(chamber), "approve", NOW - 3 * HOUR, NOW - HOUR)
    posting("draft")
    return page


def test_page_shows_every_chart_with_its_table_and_the_time_of_counting(client, transparency_page):
    html = client.get("/about/transparency/").content.decode()
    snapshot = cache.get(transparency.cache_key(12))

    svgs = re.findall(r"<svg\b[^>]*>", html)
    # 5 moderation series, 3 distributions with bars + succession, features, columns,
    # and corrections received and dealt with.
    assert len(svgs) == 5 + 4 + 1 + 1 + 2
    for svg in svgs:
        assert 'role="img"' in svg
        for label_id in re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split():
            assert f'id="{label_id}"' in html, label_id
    # One table for each figure but the duration tiles: the series of a monthly figure
    # share theirs.
    assert html.count("<table") == 8
    assert html.count('class="tiles__value"') == 3
    assert f'<time datetime="{snapshot.iso_computed_at}">' in html
    assert snapshot.iso_computed_at.endswith("+09:00")
    assert snapshot.computed_label() in html
    # The site's CSP forbids inline styles and scripts.
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"<script(?![^>]*\ssrc=)", html)


def test_page_counts_again_only_after_ten_minutes(client, transparency_page, monkeypatch):
    calls = []
    compute = transparency.compute_snapshot

    def counting(*args, **kwargs):
        calls.append(1)
        return compute(*args, **kwargs)

    monkeypatch.setattr(transparency, "compute_snapshot", counting)
    for _ in range(2):
        assert client.get("/about/transparency/").status_code == 200
    assert len(calls) == 1

    real_time = locmem.time.time
    monkeypatch.setattr(locmem, "time", types.SimpleNamespace(time=lambda: real_time() + 590))
    client.get("/about/transparency/")
    assert len(calls) == 1
    monkeypatch.setattr(locmem, "time", types.SimpleNamespace(time=lambda: real_time() + 610))
    client.get("/about/transparency/")
    assert len(calls) == 2

    cache.clear()
    client.get("/about/transparency/")
    assert len(calls) == 3


def test_queries_are_one_per_series_whatever_the_data(
    client, transparency_page, django_assert_max_num_queries
):
    for day in range(1, 6):
        decide(submitted(), member(None), "reject", at(2026, 10, day), at(2026, 10, day, 15))
        correction(at(2026, day, 3), ("resolved", at(2026, day + 1, 1)))
    with django_assert_max_num_queries(16):  # 16 series and lists
        transparency.compute_snapshot(12, now=NOW)
    client.get("/")  # the site and its menus, cached for every page
    with django_assert_max_num_queries(30):
        assert client.get("/about/transparency/").status_code == 200
    with django_assert_max_num_queries(12):  # cached figures: the page alone
        assert client.get("/about/transparency/").status_code == 200

"""Correction requests in the admin, and in the demo data."""

import pytest

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import ModelLogEntry

from home.models import CorrectionRequest
from home.public_forms.records import STATUS_ACTION
from listings.models import JobPosting

pytestmark = pytest.mark.django_db

DETAILS = "勤務時間が面接で聞いた内容と違います。"


# The admin


@pytest.fixture
def record(posting):
    return CorrectionRequest.objects.create(
        content_type=ContentType.objects.get_for_model(JobPosting),
        object_id=posting.pk,
        target_title="定置網の乗組員（灘浦水産）",
        target_url=f"http://localhost/portal/{posting.pk}/",
        reason="ended",
        details=DETAILS,
    )


@pytest.mark.parametrize(
    ("user", "allowed"), [("moderator", True), ("editor", True), ("writer", False)]
)
def test_who_may_work_on_requests(client, record, request, user, allowed):
    client.force_login(request.getfixturevalue(user))
    response = client.get(reverse("correction_requests:index"))
    assert (response.status_code == 200) is allowed
    if allowed:
        assert "定置網の乗組員" in response.content.decode()
        inspect = client.get(reverse("correction_requests:inspect", args=(record.pk,)))
        assert inspect.status_code == 200


def test_an_edit_in_the_admin_keeps_who_changed_the_status(client, record, moderator, posting):
    client.force_login(moderator)
    url = reverse("correction_requests:edit", args=(record.pk,))
    page = client.get(url)
    assert page.status_code == 200 and record.target_url in page.content.decode()
    response = client.post(url, {"status": "in_progress", "staff_notes": "事業所に確認中"})
    assert response.status_code == 302
    record.refresh_from_db()
    assert (record.status, record.staff_notes) == ("in_progress", "事業所に確認中")
    [change] = ModelLogEntry.objects.filter(action=STATUS_ACTION)
    assert change.object_id == str(record.pk) and change.user == moderator
    assert change.data == {"old": "received", "new": "in_progress", "note": ""}
    assert record.details == DETAILS  # the request itself is read-only
    posting.refresh_from_db()
    assert posting.is_public()


# Demo data


def test_the_demo_step_makes_dated_requests_once(db, demo_allowed):
    from django.core.management import call_command
    from django.utils import timezone

    from home.demo import data
    from home.demo.builders import DemoContext
    from home.demo.corrections import build_correction_requests

    call_command("load_demo", verbosity=0)
    CorrectionRequest.objects.filter(submission_key__startswith="demo-").delete()
    build_correction_requests(DemoContext(seed=1))
    build_correction_requests(DemoContext(seed=1))  # a second run changes nothing
    records = CorrectionRequest.objects.all()
    assert records.count() == len(data.corrections())
    assert {r.status for r in records} == {"received", "in_progress", "resolved", "no_action"}
    kinds = {r.content_type.model for r in records}
    assert kinds == {"jobposting", "jobfeaturepage", "successionstorypage"}
    now = timezone.now()
    months = {(now - r.created_at).days // 30 for r in records}
    assert len(months) >= 6 and max(months) <= 12
    changes = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(CorrectionRequest), action=STATUS_ACTION
    )
    assert changes.count() >= len(data.corrections())
    for change in changes:
        assert change.timestamp < now and change.user.username == "moderator"
    for r in records.exclude(status="received"):
        assert r.status_changed_at == r.status_changes.last().timestamp


# The shared inbound-record pattern (home/public_forms/records_admin.py)


def test_the_history_view_shows_each_status_change_with_its_note(client, record, moderator):
    client.force_login(moderator)
    url = reverse("correction_requests:edit", args=(record.pk,))
    client.post(url, {"status": "in_progress", "status_note": "事業所に電話", "staff_notes": ""})
    assert ModelLogEntry.objects.for_instance(record).count() == 1  # a status change alone
    client.post(url, {"status": "in_progress", "staff_notes": "折り返し待ち"})
    assert ModelLogEntry.objects.for_instance(record).count() == 2  # plus "edited"
    html = client.get(reverse("correction_requests:history", args=(record.pk,))).content.decode()
    assert "ステータスを 受付 → 対応中 に変更（メモ：事業所に電話）" in html
    assert moderator.get_full_name() in html


def test_links_in_notices_sent_before_the_move_still_open_the_record(client, record, moderator):
    client.force_login(moderator)
    old = f"/admin/home/correctionrequest/edit/{record.pk}/"
    assert old == reverse("correction_requests:edit", args=(record.pk,))
    assert client.get(old).status_code == 200
    assert record.admin_url().endswith(old)


def test_requests_are_not_added_in_the_admin(client, moderator):
    client.force_login(moderator)
    html = client.get(reverse("correction_requests:index")).content.decode()
    assert reverse("correction_requests:add") not in html
    assert client.get(reverse("correction_requests:add")).status_code != 200

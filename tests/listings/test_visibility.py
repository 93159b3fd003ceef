"""No draft, in-moderation, rejected, expired, filled or withdrawn posting is reachable
through any public URL, feed, JSON or sitemap; the submitter's e-mail never is."""

import datetime

import pytest

from django.utils import timezone

from listings.models import Area, EmploymentType, JobCategory, JobPosting
from tests.factories.listings import make_posting, publish

pytestmark = pytest.mark.django_db

HIDDEN_STATES = ["draft", "moderation", "expired", "expired_flagged", "filled", "withdrawn"]
PUBLIC_URLS = ["/portal/", "/portal/feed/", "/portal/postings.json", "/sitemap.xml", "/"]


def everything_public(client):
    responses = [client.get(url) for url in PUBLIC_URLS]
    assert [r.status_code for r in responses] == [200] * len(PUBLIC_URLS)
    return "\n".join(r.content.decode() for r in responses)


@pytest.fixture
def postings(portal):
    public = make_posting("public", title="公開中の求人")
    hidden = {state: make_posting(state, title=f"非公開-{state}") for state in HIDDEN_STATES}
    return public, hidden


def test_only_the_public_posting_is_anywhere(client, postings):
    public, hidden = postings
    text = everything_public(client)
    assert "公開中の求人" in text
    assert f"/portal/{public.pk}/" in text
    for state, posting in hidden.items():
        assert posting.title not in text, state
        assert f"/portal/{posting.pk}/" not in text, state


@pytest.mark.parametrize(
    ("state", "status"),
    [
        ("public", 200),
        ("draft", 404),
        ("moderation", 404),
        ("expired", 410),
        ("expired_flagged", 410),
        ("filled", 410),
        ("withdrawn", 410),
    ],
)
def test_detail_status_follows_the_life_of_a_posting(client, portal, state, status):
    posting = make_posting(state)
    response = client.get(f"/portal/{posting.pk}/")
    assert response.status_code == status
    html = response.content.decode()
    if status == 410:
        assert "application/ld+json" not in html
        assert posting.title in html  # the friendly page names what ended
    if status == 200:
        assert "application/ld+json" in html


def test_rejected_posting_answers_404(client, portal, moderator):
    posting = make_posting("moderation")
    task = posting.current_workflow_task
    task.on_action(posting.current_workflow_task_state, moderator, "reject")
    posting.refresh_from_db()
    assert not posting.live
    assert client.get(f"/portal/{posting.pk}/").status_code == 404


def test_gone_page_offers_similar_live_postings(client, portal):
    ended = make_posting("filled", title="終わった求人")
    similar = make_posting("public", title="似ている求人")
    html = client.get(f"/portal/{ended.pk}/").content.decode()
    assert f"/portal/{similar.pk}/" in html


def test_a_taken_down_posting_stays_nameless_after_its_deadline(client, portal, moderator):
    from listings.services import take_down

    posting = make_posting("public", title="ZZ-取り下げた求人", employer_name="ZZ-事業所")
    make_posting("public", title="ZZ-似ている求人")
    take_down(posting, moderator, "削除依頼")
    assert client.get(f"/portal/{posting.pk}/").status_code == 404
    JobPosting.objects.filter(pk=posting.pk).update(
        expire_at=timezone.now() - datetime.timedelta(days=1)
    )
    response = client.get(f"/portal/{posting.pk}/")
    html = response.content.decode()
    assert response.status_code == 410 and "ZZ-" not in html  # nor similar postings


def test_expiry_is_immediate_even_before_publish_scheduled(client, portal):
    posting = make_posting("public", title="まもなく終了")
    assert "まもなく終了" in everything_public(client)
    JobPosting.objects.filter(pk=posting.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    posting.refresh_from_db()
    assert posting.live  # publish_scheduled has not run
    assert "まもなく終了" not in everything_public(client)
    assert client.get(f"/portal/{posting.pk}/").status_code == 410


def test_an_edit_in_moderation_keeps_the_approved_version_live(client, portal):
    posting = make_posting("public", title="承認済みの題")
    posting.title = "審査中の新しい題"
    posting.save_revision(user=None)
    posting.get_workflow().start(posting, user=None)
    html = client.get(f"/portal/{posting.pk}/").content.decode()
    assert "承認済みの題" in html
    assert "審査中の新しい題" not in html


def test_submitter_email_is_never_public(client, portal):
    posting = make_posting("public", submitter_email="secret-owner@example.jp")
    responses = everything_public(client) + client.get(f"/portal/{posting.pk}/").content.decode()
    assert "secret-owner@example.jp" not in responses


def test_unknown_and_absurd_ids_are_404_not_500(client, portal):
    for path in ["/portal/999999/", f"/portal/{2**63}/", "/portal/abc/", "/portal/-1/"]:
        assert client.get(path).status_code == 404, path


def test_publishing_sets_expiry_at_the_end_of_the_deadline_day(portal):
    posting = make_posting("public", valid_through=datetime.date(2030, 3, 31))
    local = timezone.localtime(posting.expire_at)
    assert (local.date(), local.hour, local.minute) == (datetime.date(2030, 3, 31), 23, 59)
    assert str(local.tzinfo) == "Asia/Tokyo"


def test_closing_a_public_posting_removes_it_at_once(client, portal):
    posting = publish(make_posting("public", title="すぐ消える"))
    posting.closed_reason = "filled"
    posting.save()
    assert "すぐ消える" not in everything_public(client)


def test_a_posting_saved_outside_the_admin_is_not_live(portal):
    posting = JobPosting.objects.create(
        title="保存しただけ",
        employer_name="テスト",
        category=JobCategory.objects.first(),
        employment_type=EmploymentType.objects.first(),
        area=Area.objects.first(),
        description="説明",
        working_hours="9-17",
        holidays="土日",
        address="氷見市",
        apply_phone="0766",
        valid_through=timezone.localdate(),
        submitter_email="a@example.jp",
    )
    assert not posting.live
    assert not JobPosting.objects.public().filter(pk=posting.pk).exists()

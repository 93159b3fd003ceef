"""/portal/manage/posting/<id>/ (opened by the mailed link): status, edit, filled, renew,
withdraw, lost link."""

import datetime

import pytest

from django.core import mail
from django.test import TestCase
from django.utils import timezone

from home.public_forms.guards import new_form_token
from listings.models import JobPosting, ManagementToken
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db


def lost_link_data(email):
    return {"email": email, "form_token": new_form_token()}


def open_manage(client, posting):
    """Open a freshly mailed link as the employer does; the token-free page it moves to."""
    response = client.get(f"/portal/manage/{ManagementToken.issue(posting)}/")
    assert response.status_code == 302, response.status_code
    return response["Location"]


def in_days(n):
    return (timezone.localdate() + datetime.timedelta(days=n)).isoformat()


def edit_data(client, url, posting, **changes):
    """The employer's edit form as it comes, with `changes` typed in."""
    form = client.get(f"{url}edit/").context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, [])}
    data.update(
        category=posting.category.slug,
        employment_type=posting.employment_type.slug,
        area=posting.area.slug,
        valid_through=in_days(20),
        welcome_tags=[],
    )
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("state", "label"),
    [
        ("moderation", "審査中"),
        ("public", "掲載中"),
        ("filled", "掲載終了"),
        ("expired", "掲載終了"),
    ],
)
def test_status_is_shown(client, portal, state, label):
    html = client.get(open_manage(client, make_posting(state))).content.decode()
    assert 'class="status-badge status-badge--' in html
    assert label in html


def test_rejected_posting_says_it_needs_changes(client, portal, moderator):
    posting = make_posting("moderation")
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "reject"
    )
    assert "差し戻し" in client.get(open_manage(client, posting)).content.decode()


def test_wrong_or_old_token_is_a_plain_404(client, portal):
    posting = make_posting("public")
    assert client.get("/portal/manage/not-a-token/").status_code == 404
    url = open_manage(client, posting)
    ManagementToken.objects.update(created_at=timezone.now() - datetime.timedelta(days=400))
    assert client.get(url).status_code == 404


def test_page_is_private_and_not_indexed(client, portal):
    response = client.get(open_manage(client, make_posting("public")))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_tokens_are_stored_only_as_hashes(portal):
    posting = make_posting("public")
    token = ManagementToken.issue(posting)
    assert len(token) >= 32
    stored = ManagementToken.objects.get()
    assert token not in stored.token_hash and stored.token_hash != token


def test_mark_filled_leaves_the_site_at_once(client, portal):
    posting = make_posting("public", title="採用が決まった求人")
    url = open_manage(client, posting)
    response = client.post(url, {"action": "filled"})
    assert response.status_code == 302
    posting.refresh_from_db()
    assert posting.closed_reason == "filled" and not posting.live
    assert "採用が決まった求人" not in client.get("/portal/").content.decode()
    assert client.get(f"/portal/{posting.pk}/").status_code == 410


def test_withdraw_cancels_a_review_in_progress(client, portal):
    posting = make_posting("moderation")
    client.post(open_manage(client, posting), {"action": "withdrawn"})
    posting.refresh_from_db()
    assert posting.closed_reason == "withdrawn"
    assert posting.current_workflow_state is None


def test_renew_a_live_posting_up_to_90_days(client, portal):
    posting = make_posting("public")
    url = open_manage(client, posting)
    response = client.post(url, {"action": "renew", "valid_through": in_days(91)})
    assert response.status_code == 200 and "form-field__error" in response.content.decode()
    client.post(url, {"action": "renew", "valid_through": in_days(60)})
    posting.refresh_from_db()
    assert posting.valid_through.isoformat() == in_days(60)
    assert timezone.localtime(posting.expire_at).date().isoformat() == in_days(60)
    assert posting.live_revision.as_object().valid_through.isoformat() == in_days(60)


def test_renew_brings_back_a_recently_expired_posting(client, portal):
    posting = make_posting("expired_flagged", title="戻ってきた求人")
    client.post(open_manage(client, posting), {"action": "renew", "valid_through": in_days(30)})
    assert client.get(f"/portal/{posting.pk}/").status_code == 200
    assert "戻ってきた求人" in client.get("/portal/").content.decode()


def test_renew_is_not_offered_long_after_the_end(client, portal):
    posting = make_posting("expired")
    JobPosting.objects.filter(pk=posting.pk).update(
        expire_at=timezone.now() - datetime.timedelta(days=60)
    )
    url = open_manage(client, posting)
    assert 'value="renew"' not in client.get(url).content.decode()
    client.post(url, {"action": "renew", "valid_through": in_days(30)})
    assert client.get(f"/portal/{posting.pk}/").status_code == 410


def test_edit_goes_to_review_while_the_approved_version_stays_live(client, portal):
    posting = make_posting("public", title="元の題")
    url = open_manage(client, posting)
    data = edit_data(client, url, posting, title="新しい題", insurance=["health"])
    response = client.post(f"{url}edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    posting.refresh_from_db()
    assert posting.title == "元の題" and posting.live
    assert posting.current_workflow_state.status == "in_progress"
    assert posting.get_latest_revision_as_object().title == "新しい題"
    assert "元の題" in client.get(f"/portal/{posting.pk}/").content.decode()


def test_edit_after_rejection_resubmits(client, portal, moderator):
    posting = make_posting("moderation", title="直す前")
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "reject"
    )
    url = open_manage(client, posting)
    data = edit_data(client, url, posting, title="直した後", insurance=[])
    assert client.post(f"{url}edit/", data).status_code == 302
    posting.refresh_from_db()
    assert posting.current_workflow_state.status == "in_progress"


def test_lost_link_answers_the_same_for_known_and_unknown_addresses(client, portal, quick_forms):
    make_posting("public", submitter_email="known@example.jp")
    make_posting("moderation", submitter_email="known@example.jp")
    # The links are looked up and queued after the answer, and sent after the commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        known = client.post("/portal/manage/", lost_link_data("KNOWN@example.jp"))
        unknown = client.post("/portal/manage/", lost_link_data("nobody@example.jp"))
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    [message] = mail.outbox
    assert message.to == ["known@example.jp"]
    assert message.body.count("/portal/manage/") == 2


def test_lost_link_is_rate_limited(client, portal, settings, quick_forms):
    settings.FORM_RATE_LIMITS = {"lost-link-address": (1, 3600), "lost-link-email": (10, 3600)}
    assert client.post("/portal/manage/", lost_link_data("a@example.jp")).status_code == 302
    response = client.post("/portal/manage/", lost_link_data("b@example.jp"))
    assert response.status_code == 429 and 'class="form-errors"' in response.content.decode()
    assert 'value="b@example.jp"' in response.content.decode()  # nothing typed is lost


def test_lost_link_form_rejects_a_bad_address(client, portal):
    response = client.post("/portal/manage/", lost_link_data("nope"))
    assert response.status_code == 200 and "form-field__error" in response.content.decode()

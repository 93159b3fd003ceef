"""Take-downs and reviews hold: what staff took off the site comes back only through staff,
renewal goes through Wagtail's publish, and an approval publishes the reviewed revision."""

import datetime

import pytest

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from wagtail.models import ModelLogEntry, TaskState

from home.models import CorrectionRequestPage
from listings.models import JobPosting
from listings.services import NotAllowed, can_renew, renew, take_down
from tests.factories.listings import make_posting
from tests.listings.test_self_service import edit_data, in_days, open_manage

pytestmark = pytest.mark.django_db

REASON = "訂正依頼: 賃金の記載が実際と違う"


def deadline(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def approve(posting, task_state_id, moderator):
    """As the admin's approve button does: the task state named in the form, from the
    database (not one kept in memory from before the edit)."""
    task_state = TaskState.objects.get(pk=task_state_id).specific
    task_state.task.specific.on_action(task_state, moderator, "approve")
    posting.refresh_from_db()


def end_by_deadline(posting):
    """What `publish_scheduled` does the night after the deadline."""
    JobPosting.objects.filter(pk=posting.pk).update(
        valid_through=deadline(-1), expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    posting.refresh_from_db()
    posting.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
    posting.refresh_from_db()
    return posting


@pytest.mark.parametrize("deadline_passed_since", [False, True])
def test_a_staff_take_down_cannot_be_renewed_by_the_employer(
    client, portal, moderator, deadline_passed_since
):
    posting = make_posting("public")
    posting.unpublish(user=moderator)  # the admin's Unpublish button
    if deadline_passed_since:
        JobPosting.objects.filter(pk=posting.pk).update(
            expire_at=timezone.now() - datetime.timedelta(days=1)
        )
    posting.refresh_from_db()
    url = open_manage(client, posting)
    assert 'value="renew"' not in client.get(url).content.decode()
    client.post(url, {"action": "renew", "valid_through": in_days(30)})
    posting.refresh_from_db()
    assert not posting.live and not can_renew(posting)
    with pytest.raises(NotAllowed):
        renew(posting, deadline(30))
    posting.refresh_from_db()
    assert not posting.live


def test_a_take_down_cannot_be_edited_back_into_review(client, portal, moderator):
    posting = make_posting("public", title="停止された求人")
    take_down(posting, moderator, REASON)
    url = open_manage(client, posting)
    assert f'href="{url}edit/"' not in client.get(url).content.decode()
    assert client.get(f"{url}edit/").status_code == 302
    data = {"title": "戻そうとした求人", "valid_through": in_days(20)}
    assert client.post(f"{url}edit/", data).status_code == 302
    posting.refresh_from_db()
    assert posting.current_workflow_state is None
    assert posting.get_latest_revision_as_object().title == "停止された求人"


def test_the_audit_log_says_who_took_a_posting_down_and_why(portal, moderator):
    posting = make_posting("public")
    take_down(posting, moderator, REASON)
    assert not posting.live
    entries = ModelLogEntry.objects.for_instance(posting)
    unpublish = entries.get(action="wagtail.unpublish")
    reason = entries.get(action="listings.take_down")
    assert unpublish.user == reason.user == moderator
    assert reason.data["reason"] == REASON
    assert REASON in reason.message


def test_only_staff_who_may_publish_can_take_a_posting_down(portal, django_user_model):
    posting = make_posting("public")
    outsider = django_user_model.objects.create_user("outsider", password="x")
    with pytest.raises(PermissionDenied):
        take_down(posting, outsider, REASON)
    posting.refresh_from_db()
    assert posting.live


def test_an_expired_posting_renews_through_publish(client, portal):
    posting = end_by_deadline(make_posting("public", title="期限で終わった求人"))
    assert posting.live_revision is None and posting.expired
    client.post(open_manage(client, posting), {"action": "renew", "valid_through": in_days(40)})
    posting.refresh_from_db()
    assert posting.live and not posting.expired
    live = posting.live_revision
    assert live == posting.latest_revision
    assert live.as_object().valid_through == deadline(40)
    assert timezone.localtime(posting.expire_at).date() == deadline(40)
    entry = ModelLogEntry.objects.for_instance(posting).get(action="listings.renew")
    assert entry.revision_id == live.pk
    assert client.get(f"/portal/{posting.pk}/").status_code == 200


def test_a_rejected_posting_cannot_be_renewed(client, portal, moderator):
    posting = make_posting("moderation")
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "reject"
    )
    posting.refresh_from_db()
    assert not can_renew(posting)
    client.post(open_manage(client, posting), {"action": "renew", "valid_through": in_days(30)})
    with pytest.raises(NotAllowed):
        renew(posting, deadline(30))
    posting.refresh_from_db()
    assert not posting.live and posting.live_revision is None


@pytest.mark.parametrize("state", ["moderation", "public"])
def test_an_edit_during_review_makes_approval_publish_the_reviewed_revision(
    client, portal, moderator, state
):
    posting = make_posting(state, title="元の題")
    url = open_manage(client, posting)
    if state == "public":  # a first edit, now in review
        client.post(f"{url}edit/", edit_data(client, url, posting, title="一回目"))
        posting.refresh_from_db()
    seen = posting.current_workflow_task_state  # what the moderator has open
    seen_title = seen.revision.as_object().title
    client.post(f"{url}edit/", edit_data(client, url, posting, title="見られていない題"))
    posting.refresh_from_db()

    with pytest.raises(PermissionDenied):
        approve(posting, seen.pk, moderator)
    posting.refresh_from_db()
    assert posting.live == (state == "public")
    if posting.live:
        assert posting.title == "元の題" != seen_title

    current = posting.current_workflow_task_state
    assert current.status == "in_progress"
    assert current.revision == posting.latest_revision
    approve(posting, current.pk, moderator)
    assert posting.live and posting.title == "見られていない題"
    assert posting.live_revision == current.revision


def test_a_rejected_new_review_leaves_the_approved_title_public(client, portal, moderator):
    posting = make_posting("public", title="承認済みの題")
    url = open_manage(client, posting)
    client.post(f"{url}edit/", edit_data(client, url, posting, title="一回目"))
    client.post(f"{url}edit/", edit_data(client, url, posting, title="二回目"))
    posting.refresh_from_db()
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "reject"
    )
    posting.refresh_from_db()
    assert posting.live and posting.title == "承認済みの題"


def test_renewal_sends_an_edit_in_review_back_to_review_with_the_new_deadline(client, portal):
    posting = make_posting("public", title="公開中の題")
    url = open_manage(client, posting)
    client.post(f"{url}edit/", edit_data(client, url, posting, title="審査中の題"))
    posting.refresh_from_db()
    renew(posting, deadline(60))
    assert posting.live and posting.title == "公開中の題"
    assert posting.valid_through == deadline(60)
    pending = posting.current_workflow_task_state
    assert pending.status == "in_progress" and pending.revision == posting.latest_revision
    draft = pending.revision.as_object()
    assert draft.title == "審査中の題" and draft.valid_through == deadline(60)


def test_the_manage_page_says_the_site_took_the_posting_down(client, portal, about_page, moderator):
    corrections = about_page.add_child(
        instance=CorrectionRequestPage(
            title="情報の訂正・削除の依頼",
            slug="corrections",
            intro="<p>依頼</p>",
            thank_you="<p>受け付けました。</p>",
        )
    )
    corrections.save_revision().publish()
    posting = make_posting("public")
    take_down(posting, moderator, REASON)
    html = client.get(open_manage(client, posting)).content.decode()
    assert "status-badge--taken_down" in html
    assert "掲載を停止しました" in html
    assert "編集部がこの求人の掲載を停止しました" in html
    assert f'href="{corrections.url}"' in html
    assert 'value="renew"' not in html and "掲載中" not in html


def test_renewal_keeps_a_rejected_edit_as_a_draft_out_of_review(client, portal, moderator):
    posting = make_posting("public", title="公開中の題")
    url = open_manage(client, posting)
    client.post(f"{url}edit/", edit_data(client, url, posting, title="差し戻された題"))
    posting.refresh_from_db()
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "reject"
    )
    # The rejection mail's new link replaced the old one: the employer opens it.
    url = open_manage(client, posting)
    client.post(url, {"action": "renew", "valid_through": in_days(50)})
    posting.refresh_from_db()
    assert posting.live and posting.title == "公開中の題"
    assert posting.valid_through == deadline(50)
    assert posting.current_workflow_state is None  # not resubmitted behind the employer
    draft = posting.get_latest_revision_as_object()
    assert draft.title == "差し戻された題" and draft.valid_through == deadline(50)
    assert "最新の修正内容は審査待ちです。" not in client.get(url).content.decode()


def test_a_moderator_takes_a_posting_down_from_the_admin_with_a_reason(client, portal, moderator):
    from django.urls import reverse

    posting = make_posting("public", title="規約に反する求人")
    client.force_login(moderator)
    listing = client.get(reverse("wagtailsnippets_listings_jobposting:list")).content.decode()
    url = reverse("listings_take_down", args=(posting.pk,))
    assert url in listing and "掲載を停止" in listing

    # The reason is required: the form comes back, nothing changes.
    assert client.post(url, {"reason": ""}).status_code == 200
    posting.refresh_from_db()
    assert posting.live

    response = client.post(url, {"reason": REASON}, follow=True)
    assert "『規約に反する求人』の掲載を停止しました。" in response.content.decode()
    posting.refresh_from_db()
    assert not posting.live
    entry = ModelLogEntry.objects.for_instance(posting).get(action="listings.take_down")
    assert entry.user == moderator and entry.data["reason"] == REASON
    assert not can_renew(posting)


def test_the_take_down_item_is_only_for_live_postings(client, portal, moderator):
    from listings.wagtail_hooks import take_down_button

    assert list(take_down_button(make_posting("moderation"), moderator)) == []
    assert len(list(take_down_button(make_posting("public"), moderator))) == 1

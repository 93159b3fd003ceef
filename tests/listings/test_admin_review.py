"""The postings in the admin as moderators use them: each row's review state in Japanese
words, the deadline, a quiet "resend the link" item, and decision messages that say what
happened (issue 12, part 4)."""

import datetime
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from listings.admin_listing import review_state
from listings.models import JobPosting
from listings.wagtail_hooks import resend_link_button
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db

LIST_URL = reverse("wagtailsnippets_listings_jobposting:list")


def row_of(html, posting):
    """The listing's table row of one posting."""
    rows = re.findall(r"<tr>.*?</tr>", html, flags=re.S)
    [row] = [row for row in rows if f'data-object-id="{posting.pk}"' in row]
    return row


def status_tag(row):
    [tag] = re.findall(r'<span class="w-status[^"]*">\s*(.*?)\s*</span>', row, flags=re.S)
    return tag


def decide(posting, user, action):
    task_state = posting.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action)
    posting.refresh_from_db()
    return posting


def in_review_with_a_pending_edit(**kwargs):
    posting = make_posting("public", **kwargs)
    posting.description = "仕事の説明を書き直しました。"
    posting.save_revision(user=None)
    posting.get_workflow().start(posting, user=None)
    return posting


@pytest.fixture
def postings(moderator):
    return {
        "審査中": make_posting("moderation", title="審査を待つ求人"),
        "差し戻し": decide(make_posting("moderation", title="差し戻した求人"), moderator, "reject"),
        "掲載中": make_posting("public", title="掲載中の求人"),
        "掲載中（変更を審査中）": in_review_with_a_pending_edit(title="変更を審査する求人"),
        "終了": make_posting("filled", title="採用が決まった求人"),
        "下書き": make_posting("draft", title="編集部の下書き"),
    }


def test_each_row_shows_its_review_state_in_japanese_and_its_deadline(
    client, moderator, portal, postings
):
    expired = make_posting("expired", title="期限切れの求人")
    client.force_login(moderator)
    html = client.get(LIST_URL).content.decode()
    assert "審査状況" in html and "募集期限" in html
    for state, posting in postings.items():
        row = row_of(html, posting)
        assert status_tag(row) == state, posting.title
        deadline = posting.valid_through
        assert f"{deadline.year}年{deadline.month}月{deadline.day}日" in row
    assert status_tag(row_of(html, expired)) == "終了"
    # Postings waiting for a moderator stand out; no True/False column is left.
    assert "w-status--primary" in row_of(html, postings["審査中"])
    assert "w-status--primary" not in row_of(html, postings["掲載中"])
    assert not re.search(r"<td[^>]*>\s*(True|False)\s*</td>", html)


def test_the_state_costs_no_query_per_row(client, moderator, portal):
    client.force_login(moderator)
    make_posting("moderation")
    client.get(LIST_URL)  # warm the per-process caches (content types, permissions)
    with CaptureQueriesContext(connection) as one_row:
        client.get(LIST_URL)
    for _ in range(6):
        make_posting("moderation")
    with CaptureQueriesContext(connection) as seven_rows:
        client.get(LIST_URL)
    assert len(seven_rows) == len(one_row)


def test_review_state_without_the_listing_annotation_reads_the_workflow(moderator):
    sent_back = decide(make_posting("moderation"), moderator, "reject")
    assert not hasattr(sent_back, "open_workflow_status")
    assert review_state(sent_back) == "needs_changes"
    assert review_state(make_posting("moderation")) == "in_review"
    after_the_deadline = timezone.now() + datetime.timedelta(days=40)
    assert review_state(make_posting("public"), now=after_the_deadline) == "ended"


def test_the_resend_link_is_an_item_of_the_rows_menu_not_a_button_on_every_row(
    client, moderator, portal
):
    posting = make_posting("moderation")
    client.force_login(moderator)
    html = client.get(LIST_URL).content.decode()
    resend = reverse("listings_resend_link", args=(posting.pk,))
    row = row_of(html, posting)
    [link] = re.findall(rf'<a [^>]*href="{re.escape(resend)}"[^>]*>', row)
    assert "button" not in link  # ListingButton would be "button button-small button-secondary"
    # It sits in the row's "more" dropdown, after Wagtail's own items.
    dropdown = row[row.index('data-w-dropdown-target="toggle"') :]
    assert resend in dropdown and "管理用リンクを再送" in dropdown
    [button] = resend_link_button(posting, moderator)
    assert button.allow_in_dropdown


def test_users_who_cannot_change_postings_get_no_resend_item(editor):
    assert list(resend_link_button(make_posting("moderation"), editor)) == []


def messages_after(response):
    """The messages shown on the page a decision redirected to, without Wagtail's buttons."""
    texts = (str(message) for message in response.context["messages"])
    return [re.sub(r"<.*", "", text, flags=re.S).strip() for text in texts]


def test_approving_from_the_dashboard_says_approved_and_published(client, moderator, portal):
    posting = make_posting("moderation", title="調理補助")
    client.force_login(moderator)
    url = reverse(
        "wagtailsnippets_listings_jobposting:workflow_action",
        args=(posting.pk, "approve", posting.current_workflow_task_state.pk),
    )
    response = client.post(url, {"comment": ""}, follow=True)
    posting.refresh_from_db()
    assert posting.live
    assert messages_after(response) == ["『調理補助』を承認し、公開しました。"]


def editor_form(posting, **extra):
    """What the posting's edit form sends back unchanged."""
    return {
        "title": posting.title,
        "employer_name": posting.employer_name,
        "category": posting.category_id,
        "employment_type": posting.employment_type_id,
        "description": posting.description,
        "wage_min": posting.wage_min,
        "wage_max": posting.wage_max,
        "wage_unit": posting.wage_unit,
        "working_hours": posting.working_hours,
        "holidays": posting.holidays,
        "area": posting.area_id,
        "address": posting.address,
        "apply_phone": posting.apply_phone,
        "apply_email": posting.apply_email,
        "valid_through": posting.valid_through.isoformat(),
        "submitter_email": posting.submitter_email,
        "source": posting.source,
        "closed_reason": "",
        **extra,
    }


def test_approving_in_the_editor_says_approved_and_published(client, moderator, portal):
    posting = make_posting("moderation", title="旅館の調理補助")
    client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_listings_jobposting:edit", args=(posting.pk,))
    data = editor_form(
        posting, **{"action-workflow-action": "1", "workflow-action-name": "approve"}
    )
    response = client.post(edit_url, data, follow=True)
    posting.refresh_from_db()
    assert posting.live
    assert messages_after(response) == ["『旅館の調理補助』を承認し、公開しました。"]


def test_sending_back_says_so(client, moderator, portal):
    posting = make_posting("moderation", title="賃金の確認が必要な求人")
    client.force_login(moderator)
    url = reverse(
        "wagtailsnippets_listings_jobposting:workflow_action",
        args=(posting.pk, "reject", posting.current_workflow_task_state.pk),
    )
    response = client.post(url, {"comment": "最低賃金を確認してください。"}, follow=True)
    assert review_state(JobPosting.objects.get(pk=posting.pk)) == "needs_changes"
    assert messages_after(response) == ["『賃金の確認が必要な求人』を差し戻しました。"]


def test_a_refused_action_says_nothing_it_did_not_do(client, writer, portal):
    posting = make_posting("moderation", title="審査を待つ求人")
    client.force_login(writer)
    url = reverse(
        "wagtailsnippets_listings_jobposting:workflow_action",
        args=(posting.pk, "approve", posting.current_workflow_task_state.pk),
    )
    response = client.post(url, follow=True)
    posting.refresh_from_db()
    assert not posting.live
    assert not any("審査を待つ求人" in message for message in messages_after(response))

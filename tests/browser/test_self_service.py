"""An employer manages a posting from the private link in a real browser: edit, resubmit
after a moderator asks for changes, renew, mark filled, withdraw, and ask for lost links.
The mailed link moves the browser on at once to a page whose address has no token.

Each step is a real form post from Chromium, with the Origin and Referrer-Policy a browser
applies; the test client sends neither (STYLE.md 22a). Every step must land on the page
that says it worked, never on Django's CSRF 403."""

import datetime
import re
import time

import pytest

from django.core import mail
from django.utils import timezone

from listings.models import JobPosting, ManagementToken, WelcomeTag
from tests.factories.listings import make_posting

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def in_days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def open_link(page, base, path):
    """Open a mailed link; the page it lands on, checked to carry no token."""
    token = path.rstrip("/").rsplit("/", 1)[-1]
    response = page.goto(f"{base}{path}")
    assert response.status == 200
    assert "/portal/manage/posting/" in page.url and token not in page.url
    return page.url


def open_manage_page(page, base, posting):
    return open_link(page, base, f"/portal/manage/{ManagementToken.issue(posting)}/")


def mailed_path(message):
    return re.search(r"https?://[^/\s]+(/portal/manage/\S+/)", message.body).group(1)


def wait_for_mail(count=1, seconds=5):
    """The lost-link mail goes out after the answer (self_service.RedirectThenWork)."""
    deadline = time.monotonic() + seconds
    while len(mail.outbox) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return mail.outbox


def submit(page, button):
    """Press a form's button and return the status of the page it leads to."""
    with page.expect_navigation() as navigation:
        button.click()
    response = navigation.value
    assert response.status != 403, page.inner_text("body")
    return response.status


def moderate(posting, user, action):
    posting.refresh_from_db()
    posting.current_workflow_task.on_action(posting.current_workflow_task_state, user, action)
    posting.refresh_from_db()


def test_edit_and_resubmit_after_changes_were_asked_for(
    live_server, portal, moderator, browser_page, screenshot
):
    page, base = browser_page, live_server.url
    tags = list(WelcomeTag.objects.all()[:2])
    posting = make_posting("moderation", title="最初の題", welcome_tags=tags)
    assert posting.welcome_tags.count() == 2
    url = open_manage_page(page, base, posting)
    assert "審査中" in page.inner_text(".status-badge")
    screenshot("manage-in-review")

    # An edit while the first review is under way.
    page.get_by_role("link", name="求人を編集する").click()
    page.wait_for_url(f"{url}edit/")
    # The form comes up with what the posting has: nothing to pick again.
    for field in ("category", "employment_type", "area"):
        assert page.input_value(f"#id_{field}") == getattr(posting, field).slug, field
    for tag in posting.welcome_tags.all():
        assert page.is_checked(f'input[name="welcome_tags"][value="{tag.slug}"]'), tag
    page.fill("#id_title", "直した題")
    assert submit(page, page.locator(".posting-form button[type=submit]")) == 200
    assert page.url.endswith("?done=edit"), page.locator(".form-field__error").all_inner_texts()
    screenshot("manage-edited")
    assert JobPosting.objects.get(pk=posting.pk).get_latest_revision_as_object().title == "直した題"

    # The moderator asks for changes; the employer edits and sends it again.
    moderate(posting, moderator, "reject")
    # The rejection mail's link replaced the one opened before: the employer follows it.
    assert page.goto(url).status == 404
    assert open_link(page, base, mailed_path(mail.outbox[-1])) == url
    assert "差し戻し" in page.inner_text(".status-badge")
    screenshot("manage-needs-changes")
    page.get_by_role("link", name="求人を編集する").click()
    page.fill("#id_title", "もう一度直した題")
    assert submit(page, page.locator(".posting-form button[type=submit]")) == 200
    posting.refresh_from_db()
    assert posting.current_workflow_state.status == "in_progress"
    assert posting.get_latest_revision_as_object().title == "もう一度直した題"
    screenshot("manage-resubmitted")


def test_renew_then_mark_filled(live_server, portal, browser_page, screenshot):
    page, base = browser_page, live_server.url
    posting = make_posting("public", title="延長して採用が決まる求人")
    open_manage_page(page, base, posting)
    assert "掲載中" in page.inner_text(".status-badge")

    new_deadline = in_days(60)
    page.fill("#id_valid_through", new_deadline.isoformat())
    assert submit(page, page.get_by_role("button", name="この期限で延長する")) == 200
    assert page.url.endswith("?done=renew")
    screenshot("manage-renewed")
    posting.refresh_from_db()
    assert posting.valid_through == new_deadline and posting.live

    assert submit(page, page.locator("button[name=action][value=filled]")) == 200
    assert page.url.endswith("?done=filled")
    screenshot("manage-filled")
    posting.refresh_from_db()
    assert posting.closed_reason == "filled" and not posting.live
    assert page.goto(f"{base}/portal/{posting.pk}/").status == 410


def test_withdraw(live_server, portal, browser_page, screenshot):
    page, base = browser_page, live_server.url
    posting = make_posting("public", title="取り下げる求人")
    open_manage_page(page, base, posting)
    assert submit(page, page.locator("button[name=action][value=withdrawn]")) == 200
    assert page.url.endswith("?done=withdrawn")
    screenshot("manage-withdrawn")
    posting.refresh_from_db()
    assert posting.closed_reason == "withdrawn" and not posting.live


def test_lost_link_form_mails_new_links(live_server, portal, browser_page, screenshot, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    page, base = browser_page, live_server.url
    posting = make_posting("public", submitter_email="amimoto@example.jp")
    page.goto(f"{base}/portal/manage/")
    screenshot("lost-link")
    page.fill("#id_email", "amimoto@example.jp")
    assert submit(page, page.get_by_role("button", name="管理用リンクを送信する")) == 200
    assert page.url.endswith("/portal/manage/?sent=1")
    screenshot("lost-link-sent")
    [message] = wait_for_mail()
    assert message.to == ["amimoto@example.jp"]

    # The new link opens the posting's page (the mail names the configured host; the
    # live server runs on another port) at an address without the token.
    open_link(page, base, mailed_path(message))
    assert posting.title in page.inner_text("h1")

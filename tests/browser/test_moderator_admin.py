"""A 掲載審査 member works in the admin in Chromium: the postings list says each review
state in Japanese, nothing on the way is left in English, and approving says that the
posting was approved and published (issue 12, part 4)."""

import re

import pytest

from home import roles
from home.models import CorrectionRequest
from listings.models import JobPosting
from tests.factories import UserFactory
from tests.factories.listings import PortalPageFactory, make_posting

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; restore the seeded taxonomies, groups and the
    # 「掲載審査」 workflow that the transactional tests before this one flushed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "pw-123456"
WAITING = "審査を待つ定置網の乗組員"
ENGLISH_LEFTOVERS = re.compile(r"Collapse all|Expand all|out of|\bBy \S|\bTrue\b|\bFalse\b")


@pytest.fixture
def postings(home_page):
    PortalPageFactory(parent=home_page)
    moderator = UserFactory(username="shinsa", groups=[roles.MODERATORS], password=PASSWORD)
    sent_back = make_posting("moderation", title="賃金を確かめる求人")
    task_state = sent_back.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject")
    return {
        "審査中": make_posting("moderation", title=WAITING),
        "差し戻し": sent_back,
        "掲載中": make_posting("public", title="掲載中の旅館の調理補助"),
        "終了": make_posting("filled", title="採用が決まった製麺スタッフ"),
    }


def log_in(page, base):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "shinsa")
    page.fill("#id_password", PASSWORD)
    page.click("form button[type='submit']")
    page.wait_for_url(f"{base}/admin/")


def state_of(page, title):
    row = page.locator("tbody tr").filter(has_text=title)
    return row.locator(".w-status").inner_text().strip()


def test_a_moderator_reads_the_states_in_japanese_and_approves_one(
    live_server, postings, browser_page, screenshot
):
    page, base = browser_page, live_server.url
    CorrectionRequest.objects.create(target_title="定置網", reason="inaccurate", details="違う")
    log_in(page, base)
    screenshot("moderator-dashboard")
    assert WAITING in page.inner_text("main")

    page.goto(f"{base}/admin/snippets/listings/jobposting/")
    page.wait_for_load_state("networkidle")
    screenshot("moderator-postings")
    for state, posting in postings.items():
        assert state_of(page, posting.title) == state, posting.title
    assert "審査状況" in page.inner_text("thead") and "募集期限" in page.inner_text("thead")
    assert not ENGLISH_LEFTOVERS.search(page.inner_text("body"))

    # Resending the link is an item of the row's menu, not a button on every row.
    assert page.get_by_role("link", name="管理用リンクを再送").count() == 0
    page.locator("tbody tr").filter(has_text=WAITING).get_by_role("button").last.click()
    assert page.get_by_role("link", name="管理用リンクを再送").is_visible()
    screenshot("moderator-row-menu")
    page.keyboard.press("Escape")

    page.goto(f"{base}/admin/home/correctionrequest/")
    screenshot("moderator-corrections")
    assert page.locator("table.listing tbody tr").count() == 1
    assert not ENGLISH_LEFTOVERS.search(page.inner_text("body"))

    # Approve the waiting posting from its editor.
    waiting = postings["審査中"]
    page.goto(f"{base}/admin/snippets/listings/jobposting/edit/{waiting.pk}/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("button", name="すべて折りたたむ").is_visible()
    assert not ENGLISH_LEFTOVERS.search(page.inner_text("body"))
    footer = page.locator("footer")
    footer.get_by_role("button", name="他のアクション").click()
    approve = footer.get_by_role("button", name="承認・公開", exact=True)
    assert footer.get_by_role("button", name="差し戻す").is_visible()
    screenshot("moderator-actions")
    approve.click()
    page.wait_for_url(f"{base}/admin/snippets/listings/jobposting/")
    message = page.locator(".messages").inner_text()
    assert f"『{WAITING}』を承認し、公開しました。" in message
    assert state_of(page, WAITING) == "掲載中"
    screenshot("moderator-approved")
    assert JobPosting.objects.get(pk=waiting.pk).live

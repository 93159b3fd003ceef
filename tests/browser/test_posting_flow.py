"""An employer posts a job in a real browser, a moderator approves it in Wagtail's admin,
and the posting appears on the portal with its structured data."""

import datetime
import json

import pytest

from django.utils import timezone

from wagtail.models import TaskState

from listings.models import JobPosting
from tests.browser.conftest import POSTING_THANKS
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; restore the seeded taxonomies, groups and the
    # 「掲載審査」 workflow that the transactional tests before this one flushed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "ブラウザから届いた定置網漁の乗組員"
MODERATOR_PASSWORD = "pw-123456"
COMMENT = "内容を確認しました。掲載します。"


def fill_the_form(page):
    deadline = timezone.localdate() + datetime.timedelta(days=45)
    page.fill("#id_title", TITLE)
    page.fill("#id_employer_name", "灘浦定置網組合")
    page.select_option("#id_category", "agriculture-forestry-fishery")
    page.select_option("#id_employment_type", "full-time")
    page.fill("#id_description", "氷見漁港を拠点に定置網漁を行います。\n未経験の方も歓迎します。")
    page.fill("#id_wage_min", "２２００００")  # full-width digits, as a phone keyboard may type
    page.fill("#id_wage_max", "300000")
    page.select_option("#id_wage_unit", "month")
    page.fill("#id_working_hours", "4:00〜11:00")
    page.fill("#id_holidays", "日曜・荒天時")
    page.check('input[name="insurance"][value="employment"]')
    page.check('input[name="insurance"][value="health"]')
    page.select_option("#id_area", "ao-uwa")
    page.fill("#id_address", "氷見市阿尾1-1")
    page.check('input[name="welcome_tags"][value="no-experience"]')
    page.fill("#id_apply_phone", "0766-12-3456")
    page.fill("#id_valid_through", deadline.isoformat())  # an <input type=date>
    page.fill("#id_submitter_email", "amimoto@example.jp")
    page.check("#id_agree_terms")


def approve_in_the_admin(page, screenshot, base, posting):
    """Open the posting in the admin and choose 「コメントを付けて承認」 in the footer's action
    menu: Wagtail's modal asks for the comment, then sends the edit form with the action."""
    page.goto(f"{base}/admin/snippets/listings/jobposting/edit/{posting.pk}/")
    page.wait_for_load_state("networkidle")
    screenshot("admin-edit")
    footer = page.locator("footer")
    footer.get_by_role("button", name="他のアクション").click()
    approve = footer.locator(
        "button[data-workflow-action-name='approve'][data-workflow-action-modal-url]"
    )
    assert "コメントを付けて承認" in approve.inner_text()
    screenshot("admin-action-menu")
    approve.click()
    comment = page.locator(".modal textarea[name='comment']")
    comment.wait_for(state="visible")
    page.wait_for_function("getComputedStyle(document.querySelector('.modal')).opacity === '1'")
    comment.fill(COMMENT)
    screenshot("admin-approve-comment")
    page.locator(".modal form").get_by_role("button").last.click()
    page.wait_for_url(f"{base}/admin/snippets/listings/jobposting/")
    assert TITLE in page.locator(".messages").inner_text()
    screenshot("admin-approved")


def test_employer_posts_moderator_approves_and_the_posting_is_public(
    live_server, posting_form_page, browser_page, screenshot
):
    page = browser_page
    base = live_server.url

    # 入力
    page.goto(f"{base}/portal/submit/")
    assert page.locator("h1").inner_text() == "求人を掲載する"
    screenshot("form")
    fill_the_form(page)
    screenshot("form-filled")
    page.get_by_role("button", name="入力内容を確認する").click()

    # 確認
    send = page.get_by_role("button", name="送信する")
    send.wait_for()
    assert TITLE in page.inner_text("dl.facts")
    assert "220,000" in page.inner_text("dl.facts")
    assert not JobPosting.objects.exists()
    screenshot("confirm")
    send.click()

    # 完了
    page.wait_for_url("**/portal/submit/?sent=1")
    assert POSTING_THANKS in page.inner_text(".thank-you")
    screenshot("done")
    posting = JobPosting.objects.get()
    assert not posting.live and posting.title == TITLE and posting.wage_min == 220_000
    assert posting.current_workflow_state.status == "in_progress"

    # Not public while it waits for moderation.
    page.goto(f"{base}/portal/")
    assert TITLE not in page.content()
    screenshot("portal-before-approval")
    assert page.goto(f"{base}/portal/{posting.pk}/").status == 404

    # A moderator logs in and approves it through Wagtail's workflow actions.
    UserFactory(username="shinsa", groups=["掲載審査"], password=MODERATOR_PASSWORD)
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "shinsa")
    page.fill("#id_password", MODERATOR_PASSWORD)
    screenshot("admin-login")
    page.click("form button[type='submit']")
    page.wait_for_url(f"{base}/admin/")
    approve_in_the_admin(page, screenshot, base, posting)
    posting.refresh_from_db()
    assert posting.live, "the approval did not publish the posting"
    assert posting.current_workflow_state is None
    approval = TaskState.objects.get(workflow_state__object_id=str(posting.pk))
    assert approval.status == "approved" and approval.comment == COMMENT
    assert approval.finished_by.username == "shinsa"

    # Public now: listed on the portal, with a detail page and its JSON-LD.
    page.goto(f"{base}/portal/")
    assert page.get_by_text(TITLE).first.is_visible()
    screenshot("portal-after-approval")
    response = page.goto(f"{base}/portal/{posting.pk}/")
    assert response.status == 200
    assert TITLE in page.inner_text("h1")
    data = json.loads(page.locator('script[type="application/ld+json"]').first.text_content())
    assert data["@type"] == "JobPosting" and data["title"] == TITLE
    assert data["validThrough"].startswith(posting.valid_through.isoformat())
    screenshot("posting-detail")

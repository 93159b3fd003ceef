"""A writer creates feature articles in Chromium and chooses 「編集部承認に提出する」 straight
after typing. Wagtail 8's autosave used to post the same create form in the background, a
duplicate-slug 500 or a stray draft (home/staff/page_editor.py): now each article is one post,
one page, in the 「編集部承認」 workflow."""

import time

import pytest

from django.urls import reverse

from home import roles
from listings.models import JobFeaturePage
from tests.factories import PASSWORD

pytestmark = [
    pytest.mark.browser,
    # live_server needs committed data; serialized_rollback brings back the groups and the
    # 「編集部承認」 workflow that earlier transactional tests flushed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LEAD = "午前四時、氷見漁港から定置網の船が出ます。"


@pytest.fixture
def logged_in(live_server, browser_page, writer, feature_index):
    page = browser_page
    problems = []
    page.on("response", lambda r: r.status >= 500 and problems.append(f"{r.status} {r.url}"))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", writer.username)
    page.fill("#id_password", PASSWORD)
    page.click("form button[type='submit']")
    page.wait_for_url(f"{live_server.url}/admin/")
    add = reverse("wagtailadmin_pages:add", args=("listings", "jobfeaturepage", feature_index.pk))
    explorer = reverse("wagtailadmin_explore", args=(feature_index.pk,))
    return page, f"{live_server.url}{add}", f"{live_server.url}{explorer}", problems


EDITOR_WATCHES_EDITS = """() => {
    const form = document.querySelector("form[data-edit-form]");
    const app = window.wagtail.app;
    const unsaved = form && app.getControllerForElementAndIdentifier(form, "w-unsaved");
    return Boolean(unsaved && unsaved.initialFormData);
}"""


def open_the_editor(page, add_url):
    """Open a new feature. The editor notices edits only from its first look at the form,
    two seconds after loading; nobody writes an article faster."""
    page.goto(add_url)
    page.wait_for_function(EDITOR_WATCHES_EDITS)


def type_article(page, title):
    """Type as a person does, key by key, so the editor sees every change (and would
    autosave them, were the create form still autosaving)."""
    page.locator("#id_title").press_sequentially(title, delay=15)
    page.locator("#id_lead").press_sequentially(LEAD, delay=10)
    page.locator("#jobs-root .c-sf-add-button").click()
    page.fill("#jobs-0-value-title", "定置網漁の乗組員")
    page.select_option("#jobs-0-value-employment_type", index=1)
    page.fill("#jobs-0-value-location", "氷見市阿尾")
    page.fill("#jobs-0-value-working_hours", "4:00〜11:00")
    page.fill("#jobs-0-value-holidays", "日曜・荒天時")
    page.locator("#jobs-0-value-how_to_apply").press_sequentially("電話でどうぞ。", delay=10)


def submit_for_approval(page):
    footer = page.locator("footer")
    footer.get_by_role("button", name="他のアクション").click()
    footer.get_by_role("button", name="編集部承認に提出する").click()


def assert_submitted_once(title, lead):
    pages = list(JobFeaturePage.objects.filter(title=title))
    assert len(pages) == 1, f"{len(pages)} pages titled {title}"
    feature = pages[0]
    assert not feature.live
    state = feature.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.workflow.name == roles.PAGE_WORKFLOW
    assert state.current_task_state.revision_id == feature.latest_revision_id
    assert feature.latest_revision.as_object().lead == lead


def test_three_articles_submitted_straight_after_typing(logged_in, screenshot):
    page, add_url, explorer_url, problems = logged_in
    posts = []
    page.on("request", lambda r: r.method == "POST" and r.url == add_url and posts.append(r))
    # No pause, then pauses around the moment Wagtail's first autosave used to leave (about
    # a second after the last key), when it crossed the submission.
    for number, pause in enumerate([0, 0.7, 1.1], start=1):
        title = f"氷見で働く人 その{number}"
        open_the_editor(page, add_url)
        type_article(page, title)
        time.sleep(pause)
        screenshot(f"writer-typed-{number}")
        submit_for_approval(page)
        page.wait_for_url(explorer_url)
        assert title in page.locator(".messages").inner_text()
        screenshot(f"writer-submitted-{number}")
        page.wait_for_load_state("networkidle")  # any late autosave has had its answer
        assert_submitted_once(title, LEAD)

    assert problems == []
    assert len(posts) == 3  # one post of the create form per article: no background save
    assert JobFeaturePage.objects.count() == 3  # no stray draft

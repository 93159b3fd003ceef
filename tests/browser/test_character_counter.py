"""An employer pastes a title that is too long: nothing is cut, the counter says by how much,
and after 「入力内容を確認する」 the server says so too, with the text still in the field."""

import pytest

from listings.models import JobPosting
from tests.browser.test_posting_flow import fill_the_form

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# 92 characters, as if copied from another job site; the title's limit is 80.
LONG_TITLE = "【急募】定置網漁の乗組員（未経験歓迎・寮あり）" * 4


def test_pasted_long_title_is_kept_counted_and_refused_with_the_count(
    live_server, posting_form_page, browser_page, screenshot
):
    assert len(LONG_TITLE) == 92
    page = browser_page
    page.goto(f"{live_server.url}/portal/submit/")
    title, counter = page.locator("#id_title"), page.locator("#id_title_count")
    assert counter.inner_text() == "0 / 80文字"
    fill_the_form(page)
    assert counter.inner_text() == f"{len(title.input_value())} / 80文字"

    # Paste: the whole text goes in (no maxlength to cut it) and the counter turns.
    title.fill("")
    title.focus()
    page.keyboard.insert_text(LONG_TITLE)
    assert title.input_value() == LONG_TITLE
    assert counter.inner_text() == "92 / 80文字（12文字超過）"
    assert "form-field__count--over" in counter.get_attribute("class")
    screenshot("counter-over-the-limit")

    page.get_by_role("button", name="入力内容を確認する").click()
    message = page.locator("#id_title_error")
    message.wait_for()
    assert message.inner_text() == "80文字以内で入力してください（いま92文字）。"
    assert page.locator("#id_title").input_value() == LONG_TITLE
    assert page.locator("#id_title_count").inner_text() == "92 / 80文字（12文字超過）"
    screenshot("counter-server-message")

    # Shortening it turns the counter back, before anything is sent again.
    page.locator("#id_title").fill(LONG_TITLE[:80])
    assert page.locator("#id_title_count").inner_text() == "80 / 80文字"
    assert not JobPosting.objects.exists()

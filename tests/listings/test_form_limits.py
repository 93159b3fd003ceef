"""The posting form without JavaScript: an over-long text comes back whole, with the limit,
the count and the counter over the limit; nothing is stored."""

import pytest

from listings.models import JobPosting
from tests.listings.submission_data import valid_form

pytestmark = pytest.mark.django_db

URL = "/portal/submit/"


def test_over_long_title_comes_back_whole_with_the_message(client, submit_page, quick_forms):
    title = "定置網漁の乗組員" * 11  # 88 characters; the limit is 80
    response = client.post(URL, {**valid_form(title=title), "step": "confirm"})
    html = response.content.decode()
    assert response.context["step"] == "input"
    assert "80文字以内で入力してください（いま88文字）。" in html
    assert f'name="title" value="{title}"' in html
    assert "88 / 80文字（8文字超過）" in html
    assert 'maxlength="80"' not in html and 'data-max-length="80"' in html
    assert JobPosting.objects.count() == 0


def test_sending_an_over_long_text_directly_stores_nothing(client, submit_page, quick_forms):
    response = client.post(URL, {**valid_form(description="あ" * 3001), "step": "submit"})
    assert "3,000文字以内で入力してください（いま3,001文字）。" in response.content.decode()
    assert JobPosting.objects.count() == 0

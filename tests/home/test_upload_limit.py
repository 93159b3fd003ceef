"""A body over the upload limit (DATA_UPLOAD_MAX_MEMORY_SIZE), which anyone can send to any
form: a short page in Japanese with 413, and one warning line in the log, no traceback."""

import logging

import pytest

from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("enforce_csrf", [False, True])  # CSRF reads the body first
def test_an_oversized_post_gets_a_short_page_and_one_log_line(
    corrections_page, settings, caplog, enforce_csrf
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    client = Client(enforce_csrf_checks=enforce_csrf)
    with caplog.at_level(logging.INFO):
        response = client.post(corrections_page.url, {"details": "長" * 1000})
    assert response.status_code == 413
    html = response.content.decode()
    assert "送信された内容が大きすぎます" in html and "Traceback" not in html
    [record] = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert record.levelname == "WARNING" and record.exc_info is None
    assert record.getMessage().endswith(f"(POST {corrections_page.url})")
    assert "\n" not in record.getMessage() and "\n" not in caplog.text.strip()


def test_a_post_within_the_limit_is_answered_as_before(corrections_page, settings, client):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    response = client.post(corrections_page.url, {"details": "長" * 1000})
    assert response.status_code == 200

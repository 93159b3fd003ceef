"""Mails write dates as the site does: 2027年1月5日, and 2027年1月5日 9:05 with a time."""

import datetime
from types import SimpleNamespace

import pytest

from django.template.loader import render_to_string
from django.utils import timezone, translation

MORNING = timezone.make_aware(datetime.datetime(2027, 1, 5, 9, 5))


@pytest.fixture(autouse=True)
def _japanese():
    with translation.override("ja"):
        yield


def test_approval_mail_to_the_employer_writes_the_deadline_in_full():
    posting = SimpleNamespace(title="定置網漁の乗組員", valid_through=datetime.date(2027, 1, 5))
    body = render_to_string(
        "listings/mail/approved.txt", {"posting": posting, "manage_url": "https://x/"}
    )
    assert "2027年1月5日" in body
    assert "01月" not in body and "2027/" not in body


@pytest.mark.parametrize(
    ("template", "name"),
    [
        ("home/mail/correction_to_moderators.txt", "record"),
        ("home/mail/supporter_to_editors.txt", "supporter"),
        ("succession/mail/inquiry_to_editors.txt", "inquiry"),
    ],
)
def test_staff_mails_write_when_it_arrived_in_words(template, name):
    body = render_to_string(template, {name: SimpleNamespace(created_at=MORNING)})
    assert "2027年1月5日 9:05" in body
    assert "2027-01-05" not in body

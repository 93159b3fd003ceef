"""The confirmation step writes the deadline as people do: 2027年1月5日, not 2027年01月05日."""

import datetime

import pytest

from django.utils import timezone, translation

from listings.forms import SubmissionForm
from tests.listings.submission_data import valid_form

pytestmark = pytest.mark.django_db


def test_summary_writes_the_deadline_without_zero_padding():
    # The first single-digit day of a month within the form's 90 days, so padding would show.
    day = timezone.localdate() + datetime.timedelta(days=2)
    while day.day > 9:
        day += datetime.timedelta(days=1)
    form = SubmissionForm(data=valid_form(valid_through=day.isoformat()))
    assert form.is_valid(), form.errors
    with translation.override("ja"):
        rows = dict(form.summary())
    assert rows[form.fields["valid_through"].label] == f"{day.year}年{day.month}月{day.day}日"

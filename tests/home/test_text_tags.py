"""Dates as people write them (2027年1月31日), and card facts set apart without 「・」."""

import datetime
import re

import pytest

from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format

from home.templatetags import text_tags
from listings.models import EmploymentType, JobCategory
from tests.factories.listings import JobPostingFactory

DAY = datetime.date(2027, 1, 31)


@pytest.fixture(autouse=True)
def _japanese():
    with translation.override("ja"):
        yield


@pytest.fixture
def today_is(monkeypatch):
    """Fix the day the filter calls today."""

    def set_today(day):
        monkeypatch.setattr(text_tags, "local_today", lambda: day)

    return set_today


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DATE_FORMAT", "2027年1月31日"),
        ("SHORT_DATE_FORMAT", "2027年1月31日"),
        ("MONTH_DAY_FORMAT", "1月31日"),
        ("YEAR_MONTH_FORMAT", "2027年1月"),
    ],
)
def test_named_formats_read_as_written_without_zero_padding(name, expected):
    assert date_format(datetime.date(2027, 1, 31), name) == expected
    march_fifth = date_format(datetime.date(2027, 3, 5), name)
    assert "03" not in march_fifth and "05" not in march_fifth and "/" not in march_fifth


def test_datetime_format_keeps_a_space_and_an_unpadded_hour():
    moment = timezone.make_aware(datetime.datetime(2027, 1, 31, 9, 5))
    html = Template("{{ moment|date:'DATETIME_FORMAT' }}").render(Context({"moment": moment}))
    assert html == "2027年1月31日 9:05"


def test_the_date_filter_without_a_format_uses_date_format():
    assert Template("{{ day|date }}").render(Context({"day": DAY})) == "2027年1月31日"


def test_short_date_leaves_out_the_year_of_this_year():
    assert text_tags.short_date(DAY, today=datetime.date(2027, 1, 2)) == "1月31日"


def test_short_date_writes_the_year_of_another_year():
    assert text_tags.short_date(DAY, today=datetime.date(2026, 12, 2)) == "2027年1月31日"
    assert text_tags.short_date(DAY, today=datetime.date(2028, 2, 1)) == "2027年1月31日"


def test_short_date_reads_an_aware_datetime_in_the_site_time_zone():
    # 2026-12-31 16:00 UTC is already 2027年1月1日 in Himi.
    moment = datetime.datetime(2026, 12, 31, 16, 0, tzinfo=datetime.UTC)
    assert text_tags.short_date(moment, today=datetime.date(2027, 1, 1)) == "1月1日"


def test_short_date_of_nothing_is_empty():
    assert text_tags.short_date(None) == ""


def test_meta_items_drops_empty_items_and_keeps_order():
    assert text_tags.meta_items("小売", "", None, "1956年創業") == ["小売", "1956年創業"]


@pytest.mark.django_db
def test_posting_card_sets_labels_with_middle_dots_apart(today_is):
    today_is(datetime.date(2027, 1, 2))
    posting = JobPostingFactory(
        category=JobCategory.objects.get(name="福祉・介護の職業"),
        employment_type=EmploymentType.objects.get(name="パート・アルバイト"),
        valid_through=DAY,
    )
    html = render_to_string(
        "listings/includes/posting_card.html", {"posting": posting, "portal_url": "/portal/"}
    )
    items = re.search(r'<ul class="meta-list posting-card__meta">(.*?)</ul>', html).group(1)
    assert re.findall(r"<li>(.*?)</li>", items) == ["福祉・介護の職業", "パート・アルバイト"]
    assert "福祉・介護の職業・パート・アルバイト" not in html


@pytest.mark.django_db
def test_card_deadline_in_another_year_shows_the_year(today_is):
    today_is(datetime.date(2026, 12, 2))
    posting = JobPostingFactory(valid_through=DAY)
    html = render_to_string(
        "listings/includes/posting_card.html", {"posting": posting, "portal_url": "/portal/"}
    )
    assert '<time datetime="2027-01-31">2027年1月31日</time>' in html


@pytest.mark.django_db
def test_card_deadline_in_this_year_shows_month_and_day(today_is):
    today_is(datetime.date(2027, 1, 2))
    posting = JobPostingFactory(valid_through=DAY)
    html = render_to_string(
        "listings/includes/posting_card.html", {"posting": posting, "portal_url": "/portal/"}
    )
    assert '<time datetime="2027-01-31">1月31日</time>' in html


def test_meta_list_renders_nothing_without_items():
    assert render_to_string("components/meta_list.html", {"items": []}).strip() == ""

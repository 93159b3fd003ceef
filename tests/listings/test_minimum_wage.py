"""A wage below Toyama's minimum wage is refused with the figure and a link to the rule;
one that cannot be converted is let through, with a note on the confirmation step."""

import datetime

import pytest

from wagtail.models import Site

from home.models import SiteSettings
from home.models.settings import MINIMUM_WAGE_RULE_URL
from listings.models import JobPosting
from listings.wages import daily_working_minutes
from tests.listings.submission_data import valid_form

pytestmark = pytest.mark.django_db

URL = "/portal/submit/"
FIGURE = "富山県の最低賃金（時給1,062円、2025年10月12日から）"
NOTE = "最低賃金と比べられませんでした"
DAY = "8:00〜17:00（休憩60分）"  # 8 hours of work


@pytest.fixture
def minimum_wage(home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.minimum_wage_hourly = 1062
    settings.minimum_wage_since = datetime.date(2025, 10, 12)
    settings.save()
    return settings


def confirm(client, **overrides):
    return client.post(URL, {**valid_form(**overrides), "step": "confirm"})


def wage_errors(response, name="wage_min"):
    form = response.context["form"]
    return [str(error) for error in form.errors.get(name, [])]


def is_confirm_step(response):
    return response.context["step"] == "confirm"


@pytest.fixture
def ready(submit_page, quick_forms, minimum_wage):
    return submit_page


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("8:00〜17:00（休憩60分）", 480),
        ("4:00〜11:00", 420),
        ("８：００〜１７：００（休憩６０分）", 480),  # full-width, as phones type
        ("8時〜17時30分 休憩1時間", 510),
        ("22:00〜翌5:00（休憩1時間30分）", 330),
        ("実働7時間30分", 450),
        ("シフト制（早番7:00〜16:00、日勤8:30〜17:30）", None),  # which one?
        ("9:00〜15:00の間で4時間から", None),
        ("9:00〜18:00 休憩あり", None),  # a break of unknown length
        ("応相談", None),
    ],
)
def test_daily_hours_are_read_only_when_certain(text, minutes):
    assert daily_working_minutes(text) == minutes


def test_hourly_wage_below_the_minimum_is_refused_with_the_figure_and_the_link(client, ready):
    response = confirm(client, wage_unit="hour", wage_min="1000", wage_max="1200")
    assert not is_confirm_step(response)
    [message] = wage_errors(response)
    assert message.startswith(f"時給1,000円は{FIGURE}を下回っています。")
    assert "最低賃金を下回る求人は掲載できません。" in message
    html = response.content.decode()
    assert f'<a href="{MINIMUM_WAGE_RULE_URL}">最低賃金について</a>' in html
    # What was typed stays in the form.
    assert 'name="wage_min" value="1000"' in html
    assert JobPosting.objects.count() == 0


def test_hourly_wage_at_the_minimum_passes(client, ready):
    response = confirm(client, wage_unit="hour", wage_min="1062", wage_max="")
    assert is_confirm_step(response)
    assert NOTE not in response.content.decode()


def test_full_width_digits_are_compared_too(client, ready):
    response = confirm(client, wage_unit="hour", wage_min="１，０５０", wage_max="")
    assert "時給1,050円は" in wage_errors(response)[0]
    response = confirm(
        client,
        wage_unit="day",
        wage_min="７０００",
        wage_max="",
        working_hours="８：００〜１７：００（休憩６０分）",
    )
    assert "1日8時間として、時給換算で約875円です。" in wage_errors(response)[0]


def test_daily_wage_is_converted_with_the_stated_hours(client, ready):
    response = confirm(client, wage_unit="day", wage_min="7000", wage_max="9000", working_hours=DAY)
    [message] = wage_errors(response)
    assert message.startswith("勤務時間から1日8時間として、時給換算で約875円です。")
    assert FIGURE in message
    # 8,500 yen for 8 hours is 1,062.5 yen an hour.
    response = confirm(client, wage_unit="day", wage_min="8500", wage_max="", working_hours=DAY)
    assert is_confirm_step(response)


def test_monthly_wage_is_converted_with_the_annual_holidays(client, ready):
    # (365 − 105) days × 8 hours ÷ 12 = 173.3 hours a month; 160,000 yen is 923 yen an hour.
    response = confirm(
        client, wage_unit="month", wage_min="160000", working_hours=DAY, annual_holidays="105"
    )
    [message] = wage_errors(response)
    assert message.startswith(
        "勤務時間と年間休日数から月平均173.3時間として、時給換算で約923円です。"
    )
    response = confirm(
        client, wage_unit="month", wage_min="185000", working_hours=DAY, annual_holidays="105"
    )
    assert is_confirm_step(response)


def test_monthly_wage_without_annual_holidays_passes_with_a_note(client, ready):
    response = confirm(
        client, wage_unit="month", wage_min="100000", working_hours=DAY, annual_holidays=""
    )
    assert is_confirm_step(response)
    html = response.content.decode()
    assert f"月給を{FIGURE}と比べられませんでした。" in html
    assert "年間休日数が必要です" in html


def test_unknown_daily_hours_pass_with_a_note(client, ready):
    response = confirm(
        client, wage_unit="day", wage_min="5000", wage_max="", working_hours="シフト制"
    )
    assert is_confirm_step(response)
    assert f"給与を{FIGURE}と比べられませんでした。" in response.content.decode()


def test_only_a_maximum_wage_below_the_minimum_is_refused(client, ready):
    response = confirm(client, wage_unit="hour", wage_min="", wage_max="1000")
    assert wage_errors(response, "wage_max") and not wage_errors(response)


def test_yearly_pay_is_not_converted(client, ready):
    # Yearly pay includes bonuses, which the minimum wage leaves out.
    response = confirm(client, wage_unit="year", wage_min="1500000", wage_max="")
    assert is_confirm_step(response)


def test_the_employers_edit_is_checked_too(client, ready, portal):
    from listings.models import ManagementToken
    from tests.factories.listings import make_posting

    posting = make_posting("public", wage_unit="hour", wage_min=1100, wage_max=None)
    # The mailed link moves to the token-free page; its edit form is one step on.
    url = client.get(f"/portal/manage/{ManagementToken.issue(posting)}/")["Location"] + "edit/"
    form = client.get(url).context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, [])}
    data.update(
        category=posting.category.slug,
        employment_type=posting.employment_type.slug,
        area=posting.area.slug,
        valid_through=valid_form()["valid_through"],
        welcome_tags=[],
        wage_min="900",
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "時給900円は" in response.content.decode()
    posting.refresh_from_db()
    assert posting.latest_revision.as_object().wage_min == 1100


def test_a_new_site_checks_toyamas_figure_and_links_the_ministrys_list(home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.minimum_wage_hourly == 1062
    assert settings.minimum_wage_since == datetime.date(2025, 10, 12)
    assert settings.minimum_wage_url == (
        "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/"
    )


def test_an_emptied_figure_checks_nothing(client, submit_page, quick_forms):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.minimum_wage_hourly = None
    settings.save()
    response = confirm(client, wage_unit="hour", wage_min="500", wage_max="")
    assert is_confirm_step(response)
    assert NOTE not in response.content.decode()

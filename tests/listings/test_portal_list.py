import datetime

import pytest

from django.test import Client
from django.utils import timezone

from listings.models import Area, EmploymentType, JobCategory, WelcomeTag
from listings.models.portal import POSTINGS_PER_PAGE
from tests.factories.listings import JobPostingFactory, make_posting

pytestmark = pytest.mark.django_db


def titles(response):
    html = response.content.decode()
    return {
        part.split("</a>")[0].split(">")[-1]
        for part in html.split('class="posting-card__title"')[1:]
    }


@pytest.fixture
def catalogue(portal):
    fishing = JobCategory.objects.get(code="11")
    care = JobCategory.objects.get(code="08")
    part_time = EmploymentType.objects.get(slug="part-time")
    ao = Area.objects.get(slug="ao-uwa")
    central = Area.objects.get(slug="central")
    newcomers = WelcomeTag.objects.get(slug="newcomers")
    beginners = WelcomeTag.objects.get(slug="no-experience")
    make_posting(
        "public",
        title="漁師A",
        category=fishing,
        area=ao,
        wage_min=250000,
        wage_max=320000,
        welcome_tags=[newcomers, beginners],
    )
    make_posting(
        "public",
        title="漁師B",
        category=fishing,
        area=central,
        wage_min=180000,
        wage_max=None,
        welcome_tags=[beginners],
        valid_through=timezone.localdate() + datetime.timedelta(days=3),
    )
    make_posting(
        "public",
        title="介護C",
        category=care,
        area=central,
        employment_type=part_time,
        wage_unit="hour",
        wage_min=1100,
        wage_max=1300,
        welcome_tags=[newcomers],
        description="デイサービスでの送迎と介助。",
    )
    make_posting("moderation", title="審査中D", category=fishing, area=ao)


def test_lists_public_postings_with_a_count(client, catalogue):
    response = client.get("/portal/")
    assert response.status_code == 200
    assert titles(response) == {"漁師A", "漁師B", "介護C"}
    assert "3 件" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "agriculture-forestry-fishery"}, {"漁師A", "漁師B"}),
        ({"category": "agriculture-forestry-fishery", "area": "central"}, {"漁師B"}),
        ({"employment_type": "part-time"}, {"介護C"}),
        ({"tags": ["newcomers"]}, {"漁師A", "介護C"}),
        ({"tags": ["newcomers", "no-experience"]}, {"漁師A"}),
        ({"wage_unit": "month", "wage": "200000"}, {"漁師A"}),
        ({"wage_unit": "month", "wage": "１８００００"}, {"漁師A", "漁師B"}),
        ({"wage_unit": "hour", "wage": "1200"}, {"介護C"}),
        ({"q": "送迎"}, {"介護C"}),
        ({"q": "漁師 A"}, {"漁師A"}),
        ({"q": "ＤＡＹサービス"}, set()),
    ],
)
def test_filters_combine(client, catalogue, query, expected):
    assert titles(client.get("/portal/", query)) == expected


def test_sorting(client, catalogue):
    def order(sort):
        html = client.get("/portal/", {"sort": sort}).content.decode()
        return [name for name in ("漁師A", "漁師B", "介護C") if name in html and True] and sorted(
            ("漁師A", "漁師B", "介護C"), key=html.index
        )

    assert order("deadline")[0] == "漁師B"
    assert order("wage")[0] == "漁師A"  # 320,000 a month beats 1,300 an hour (about 218,000)
    assert order("new")[0] == "介護C"


def test_filter_state_survives_pagination(client, portal):
    fishing = JobCategory.objects.get(code="11")
    for n in range(POSTINGS_PER_PAGE + 2):
        make_posting("public", title=f"漁{n}", category=fishing)
    html = client.get("/portal/", {"category": fishing.slug}).content.decode()
    assert f"category={fishing.slug}&amp;page=2" in html
    second = client.get("/portal/", {"category": fishing.slug, "page": 2})
    assert len(titles(second)) == 2


@pytest.mark.parametrize(
    "query",
    [
        {"wage": "abc", "wage_unit": "month"},
        {"wage": "5000"},
        {"wage": "-5", "wage_unit": "hour"},
        {"wage": "9" * 40, "wage_unit": "year"},
        {"category": "no-such-category"},
        {"area": "<script>"},
        {"tags": ["nope", "newcomers"]},
        {"sort": "price; DROP TABLE"},
        {"page": "99999"},
        {"page": "abc"},
        {"q": "漁" * 5000},
        {"q": "\x00\x1f\u202e"},
        {"employment_type": "'"},
    ],
)
def test_bad_parameters_give_a_page_not_an_error(client, catalogue, query):
    response = client.get("/portal/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html.split("</head>")[1]


def test_bad_condition_is_explained_and_the_rest_still_applies(client, catalogue):
    html = client.get(
        "/portal/", {"wage": "abc", "wage_unit": "month", "area": "central"}
    ).content.decode()
    assert 'class="form-errors"' in html
    assert "form-field__error" in html
    assert "漁師B" in html and "漁師A" not in html


def test_empty_result_helps(client, catalogue):
    html = client.get("/portal/", {"q": "宇宙飛行士"}).content.decode()
    assert 'class="empty-state"' in html
    assert 'href="/portal/"' in html


def test_list_pages_carry_no_job_posting_json_ld(client, catalogue):
    assert "application/ld+json" not in client.get("/portal/").content.decode()


@pytest.mark.parametrize("count", [20, 500])
def test_portal_query_count_does_not_grow(portal, django_assert_max_num_queries, count):
    now = timezone.now()
    tag = WelcomeTag.objects.first()
    for n in range(count):
        JobPostingFactory(
            title=f"求人{n}",
            live=True,
            first_published_at=now,
            welcome_tags=[tag] if n % 2 else None,
        )
    client = Client()
    client.get("/portal/")  # fills the menu and taxonomy caches, as any earlier visitor would
    for query in (
        {},
        {
            "category": "agriculture-forestry-fishery",
            "area": "ao-uwa",
            "tags": [tag.slug],
            "wage_unit": "month",
            "wage": "100000",
            "sort": "wage",
            "q": "求人",
        },
    ):
        with django_assert_max_num_queries(12):
            response = client.get("/portal/", query)
        assert response.status_code == 200
        assert len(titles(response)) == min(count, POSTINGS_PER_PAGE) or query


def test_detail_query_count(portal, django_assert_max_num_queries):
    posting = make_posting("public", welcome_tags=list(WelcomeTag.objects.all()[:3]))
    client = Client()
    # Another posting first: the site-wide caches (menu, taxonomies, the correction
    # form's address) are warm, as they are on a running site.
    client.get(f"/portal/{make_posting('public').pk}/")
    with django_assert_max_num_queries(10):
        response = client.get(f"/portal/{posting.pk}/")
    assert response.status_code == 200


def test_posting_breadcrumbs_lead_back_to_the_portal(client, portal):
    posting = make_posting("public", title="パン屋の販売員")
    html = client.get(f"/portal/{posting.pk}/").content.decode()
    start = html.index('<ol class="breadcrumbs__list">')
    crumbs = html[start : html.index("</ol>", start)]
    assert 'href="/portal/"' in crumbs
    assert '<li aria-current="page">パン屋の販売員</li>' in crumbs

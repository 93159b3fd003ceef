import xml.etree.ElementTree as ET

import pytest

from django.test import Client

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from listings.models import Area
from succession.models import SuccessionIndexPage, SuccessionStoryPage
from tests.factories import CreditedImageFactory, PersonFactory
from tests.factories.succession import SuccessionStoryPageFactory

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(SuccessionIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(SuccessionIndexPage, {SuccessionStoryPage})
        self.assertAllowedSubpageTypes(SuccessionStoryPage, set())


@pytest.fixture
def stories(succession_index):
    return {
        "seeking": SuccessionStoryPageFactory(parent=succession_index, title="募集中の店"),
        "negotiating": SuccessionStoryPageFactory(
            parent=succession_index,
            title="交渉中の工房",
            status="negotiating",
            industry="manufacturing",
            area=Area.objects.get(slug="ao-uwa"),
        ),
        "concluded": SuccessionStoryPageFactory(
            parent=succession_index,
            title="成約した民宿",
            status="concluded",
            industry="hospitality",
            concluded_on="2026-06-01",
        ),
        "draft": SuccessionStoryPageFactory(
            parent=succession_index, title="下書きの店", live=False
        ),
    }


def titles(html):
    return {t for t in ("募集中の店", "交渉中の工房", "成約した民宿", "下書きの店") if t in html}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, {"募集中の店", "交渉中の工房", "成約した民宿"}),
        ({"status": "concluded"}, {"成約した民宿"}),
        ({"industry": "manufacturing"}, {"交渉中の工房"}),
        ({"area": "central"}, {"募集中の店", "成約した民宿"}),
        (
            {"status": "bogus", "area": "x" * 500, "page": "999"},
            {"募集中の店", "交渉中の工房", "成約した民宿"},
        ),
    ],
)
def test_index_filters(client, stories, query, expected):
    response = client.get("/succession/", query)
    assert response.status_code == 200
    assert titles(response.content.decode()) == expected


def test_concluded_story_reads_as_a_success_story(client, stories):
    html = client.get(stories["concluded"].url).content.decode()
    assert "成約" in html and "2026年6月1日" in html
    assert 'id="inquiry"' not in html  # no inquiry form once concluded


def test_feed_lists_live_stories(client, stories):
    channel = ET.fromstring(client.get("/succession/feed/").content).find("channel")
    assert {i.findtext("title") for i in channel.findall("item")} == {
        "募集中の店",
        "交渉中の工房",
        "成約した民宿",
    }


@pytest.mark.parametrize("count", [5, 30])
def test_index_query_count_is_constant(succession_index, django_assert_max_num_queries, count):
    images = [CreditedImageFactory(credit_person=PersonFactory()) for _ in range(3)]
    for n in range(count):
        SuccessionStoryPageFactory(
            parent=succession_index,
            listing_image=images[n % 3],
            visibility="open" if n % 2 else "anonymous",
            title=f"店{n}",
            business_name=f"屋号{n}",
            owner_name=f"店主{n}",
        )
    client = Client()
    client.get("/succession/")
    with django_assert_max_num_queries(14):
        response = client.get("/succession/")
    assert response.status_code == 200

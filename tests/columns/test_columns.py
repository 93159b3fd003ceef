import datetime
import xml.etree.ElementTree as ET

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from columns.models import COLUMNS_PER_PAGE, ColumnIndexPage, ColumnPage
from home.models import HomePage
from tests.factories import CreditedImageFactory, PersonFactory, make_column

pytestmark = pytest.mark.django_db


def add_columns(index, count, **kwargs):
    start = datetime.date(2026, 1, 1)
    return [
        make_column(
            index,
            title=f"コラム{n:03d}",
            date=start + datetime.timedelta(days=n),
            **kwargs,
        )
        for n in range(count)
    ]


class TestTreeRules(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(ColumnIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ColumnIndexPage, {ColumnPage})
        self.assertAllowedParentPageTypes(ColumnPage, {ColumnIndexPage})
        self.assertAllowedSubpageTypes(ColumnPage, set())


def test_column_page_renders_with_credits(client, column_index):
    author = PersonFactory(name="森 早苗", bio="氷見市在住のライター。")
    photographer = PersonFactory(name="中西 誠")
    image = CreditedImageFactory(credit_person=photographer, caption="氷見漁港の朝")
    column = make_column(
        column_index, title="朝の市場で", author=author, listing_image=image, tags=["漁業"]
    )
    column.photographers.add(photographer)
    column.save_revision().publish()

    html = client.get(column.url).content.decode()
    assert "朝の市場で" in html
    assert "森 早苗" in html and "氷見市在住のライター。" in html
    assert "写真：中西 誠" in html
    assert "氷見漁港の朝" in html
    assert 'href="/columns/?theme=%E6%BC%81%E6%A5%AD"' in html


def test_index_lists_live_public_columns_newest_first(client, column_index):
    old, new = add_columns(column_index, 2)
    draft = make_column(column_index, title="下書きのコラム", live=False)
    private = make_column(column_index, title="限定公開のコラム")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    html = client.get("/columns/").content.decode()
    assert html.index(new.title) < html.index(old.title)
    assert draft.title not in html
    assert private.title not in html


def test_index_paginates_by_twelve_and_survives_bad_page_numbers(client, column_index):
    add_columns(column_index, COLUMNS_PER_PAGE + 3)
    first = client.get("/columns/").content.decode()
    assert first.count('class="card"') == COLUMNS_PER_PAGE
    second = client.get("/columns/", {"page": 2}).content.decode()
    assert second.count('class="card"') == 3
    for bad in ("abc", "99999", "-1", "0", "１"):
        response = client.get("/columns/", {"page": bad})
        assert response.status_code == 200


def test_index_filters_by_theme_and_keeps_the_filter_in_pagination(client, column_index):
    add_columns(column_index, COLUMNS_PER_PAGE + 1, tags=["移住"])
    make_column(column_index, title="畑のしごと", tags=["農業"])

    html = client.get("/columns/", {"theme": "農業"}).content.decode()
    assert "畑のしごと" in html
    assert "コラム000" not in html

    html = client.get("/columns/", {"theme": "移住"}).content.decode()
    assert "畑のしごと" not in html
    assert "theme=%E7%A7%BB%E4%BD%8F&amp;page=2" in html

    html = client.get("/columns/", {"theme": "存在しないテーマ" * 50}).content.decode()
    assert "No columns yet" in html or "まだありません" in html


def test_feed_lists_live_columns_as_rss(client, column_index):
    add_columns(column_index, 3)
    make_column(column_index, title="下書きのコラム", live=False)
    response = client.get("/columns/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["コラム002", "コラム001", "コラム000"]
    assert all(
        item.findtext("link").startswith("http://localhost/columns/")
        for item in channel.findall("item")
    )


def test_related_columns_prefer_chosen_then_shared_themes(column_index):
    a, b, c = add_columns(column_index, 3, tags=["子育て"])
    other = make_column(column_index, title="別テーマ", tags=["漁業"])
    assert {p.pk for p in a.related_columns()} == {b.pk, c.pk}
    a.related_links.create(column=other)
    assert [p.pk for p in a.related_columns()] == [other.pk]


@pytest.mark.parametrize("count", [10, 100])
def test_index_query_count_does_not_grow_with_columns(
    column_index, django_assert_max_num_queries, count
):
    images = [CreditedImageFactory(credit_person=PersonFactory()) for _ in range(3)]
    authors = [PersonFactory() for _ in range(4)]
    for n in range(count):
        make_column(
            column_index,
            title=f"コラム{n:03d}",
            author=authors[n % 4],
            listing_image=images[n % 3],
            tags=["働き方", f"テーマ{n % 5}"],
        )
    client = Client()
    client.get("/columns/")  # renditions are made on the first view, then reused
    with django_assert_max_num_queries(16):
        response = client.get("/columns/")
    assert response.status_code == 200
    assert response.content.decode().count('class="card"') == min(count, COLUMNS_PER_PAGE)

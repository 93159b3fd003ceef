import re

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from tests.factories import make_column
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db


def test_search_finds_live_pages_and_is_not_indexed(client, column_index):
    make_column(column_index, title="Harbour morning", lead="fishing boats return")
    response = client.get("/search/", {"q": "Harbour"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in html
    assert "Harbour morning" in html


def test_search_with_nothing_found_helps_the_reader(client, home_page):
    html = client.get("/search/", {"q": "zzzzqqq"}).content.decode()
    assert "zzzzqqq" in html
    assert 'class="empty-state"' in html


@pytest.mark.parametrize("query", ["", " ", "a" * 5000, "<script>x</script>", "\x00\x01", "％"])
def test_odd_queries_never_fail(client, home_page, query):
    response = client.get("/search/", {"q": query, "page": "x"})
    assert response.status_code == 200
    assert "<script>x</script>" not in response.content.decode()


def result_titles(html):
    return re.findall(r'<li class="search-result">.*?<h2><a href="[^"]*">([^<]*)</a>', html, re.S)


def test_pages_with_the_word_in_their_title_come_first_then_the_newest(client, column_index):
    older_title_hit = make_column(column_index, title="漁師の朝", lead="港の一日")
    newer = make_column(column_index, title="港の話", lead="漁師に聞いた話")
    newest = make_column(column_index, title="冬の話", lead="漁師の冬支度")
    Page.objects.filter(pk=older_title_hit.pk).update(first_published_at="2020-01-01T00:00Z")
    Page.objects.filter(pk=newer.pk).update(first_published_at="2025-01-01T00:00Z")
    Page.objects.filter(pk=newest.pk).update(first_published_at="2026-01-01T00:00Z")
    html = client.get("/search/", {"q": "漁師"}).content.decode()
    assert result_titles(html) == ["漁師の朝", "冬の話", "港の話"]


def test_a_page_of_results_costs_the_same_queries_however_many_match(
    client, column_index, portal, django_assert_max_num_queries
):
    for number in range(23):
        make_column(column_index, title=f"漁師の記録{number}")
    for _number in range(4):
        make_posting(title="漁師見習い", description="定置網の漁師")
    with django_assert_max_num_queries(30):  # incl. the portal's and promotions' privacy checks
        first = client.get("/search/", {"q": "漁師"}).content.decode()
    assert len(result_titles(first)) == 10
    assert "27" in first.partition('class="result-count"')[2][:80]
    last = client.get("/search/", {"q": "漁師", "page": 3}).content.decode()
    # Pages first, then postings: the third page has 3 columns and the 4 postings.
    assert [t.startswith("漁師見習い") for t in result_titles(last)] == [False] * 3 + [True] * 4


def test_postings_are_not_listed_while_the_portal_is_private(client, portal):
    make_posting(title="漁師見習い", description="定置網の漁師")
    assert "漁師見習い" in client.get("/search/", {"q": "漁師"}).content.decode()
    PageViewRestriction.objects.create(page=portal, restriction_type="login")
    assert "漁師見習い" not in client.get("/search/", {"q": "漁師"}).content.decode()


def test_a_promotion_of_an_unpublished_page_is_not_shown(client, column_index):
    shown = make_column(column_index, title="港の朝")
    hidden = make_column(column_index, title="下書きの秘密")
    query = Query.get("漁師")
    for page in (shown, hidden):
        SearchPromotion.objects.create(query=query, page=page, sort_order=page.pk)
    hidden.unpublish()
    html = client.get("/search/", {"q": "漁師"}).content.decode()
    assert "港の朝" in html and "下書きの秘密" not in html

import pytest

from tests.factories import make_column

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

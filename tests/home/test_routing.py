"""Routing in fewer queries (home.models.routing): the home page and the section indexes
load the child as its own class with its images, and everything Wagtail's route answered
still answers the same way (feeds, routable pages, drafts, unknown slugs)."""

import pytest

from home.models.visibility import restricted_sections
from tests.factories import make_column

pytestmark = pytest.mark.django_db


def test_an_article_is_routed_with_its_images_and_author(column_index, rf):
    column = make_column(column_index, title="夜明け前の定置網")
    route = column_index.route(rf.get(column.url), [column.slug])
    page = route.page
    assert type(page).__name__ == "ColumnPage" and page.pk == column.pk
    assert page._cached_parent_obj == column_index
    assert "author" in page._state.fields_cache


def test_the_section_feed_still_answers(client, column_index):
    make_column(column_index, title="夜明け前の定置網")
    response = client.get(f"{column_index.url}feed/")
    assert response.status_code == 200 and "夜明け前の定置網" in response.content.decode()


def test_a_draft_article_and_an_unknown_slug_are_not_found(client, column_index):
    draft = make_column(column_index, title="下書き")
    address = draft.url
    draft.unpublish()
    assert client.get(address).status_code == 404
    assert client.get(f"{column_index.url}no-such-column/").status_code == 404
    assert client.get("/no-such-section/").status_code == 404


def test_a_posting_inside_the_portal_still_routes(client, portal):
    from tests.factories.listings import make_posting

    posting = make_posting("public", title="網元の乗組員")
    response = client.get(portal.posting_url(posting))
    assert response.status_code == 200 and "網元の乗組員" in response.content.decode()


def test_breadcrumbs_come_from_the_routed_parents(client, column_index):
    column = make_column(column_index, title="夜明け前の定置網")
    html = client.get(column.url).content.decode()
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert 'href="/"' in crumbs and f'href="{column_index.url}"' in crumbs
    assert "夜明け前の定置網" in crumbs


def test_a_restricted_section_leaves_the_lists_at_once(client, column_index):
    from wagtail.models import PageViewRestriction

    column = make_column(column_index, title="会員だけのコラム")
    assert "会員だけのコラム" in client.get(column_index.url).content.decode()
    assert restricted_sections() == []
    PageViewRestriction.objects.create(page=column, restriction_type="password", password="x")
    assert restricted_sections() == [(column.path, column.depth)]
    assert "会員だけのコラム" not in client.get(column_index.url).content.decode()
    PageViewRestriction.objects.filter(page=column).delete()
    assert restricted_sections() == []

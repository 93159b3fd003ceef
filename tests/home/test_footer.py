"""The footer's links to the fixed pages: found by type or slug, never a hard-coded path,
left out when the page is missing, and looked up once per site until a page changes."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage
from tests.form_cases import _supporters

pytestmark = pytest.mark.django_db


def footer_links(client):
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    return dict(re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', footer))


def add_standard(home_page, slug, title):
    page = home_page.add_child(instance=StandardPage(title=title, slug=slug, lead="."))
    page.save_revision().publish()
    return page


def test_all_four_links_in_their_order(client, home_page, about_page):
    _supporters(home_page)
    add_standard(home_page, "privacy", "プライバシー")
    add_standard(home_page, "terms", "規約")
    assert list(footer_links(client)) == ["/about/", "/supporters/", "/privacy/", "/terms/"]


def test_a_missing_page_loses_its_link_and_the_footer_still_renders(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert footer_links(client) == {}
    assert "site-footer" in response.content.decode()


def test_the_supporters_page_is_found_by_its_type_after_a_slug_change(client, home_page):
    _supporters(home_page)
    assert "/supporters/" in footer_links(client)
    page = home_page.get_children().get(slug="supporters").specific
    page.slug = "support"
    page.save_revision().publish()
    links = footer_links(client)
    assert "/support/" in links and "/supporters/" not in links


def test_the_lookup_is_cached_and_forgotten_when_a_page_is_unpublished(
    client, home_page, about_page
):
    client.get("/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/")
    assert not any("home_supporterspage" in q["sql"] for q in warm.captured_queries)
    assert "/about/" in footer_links(client)
    about_page.unpublish()
    assert "/about/" not in footer_links(client)


def test_the_consent_label_links_the_privacy_page(client, home_page):
    url = _supporters(home_page)
    assert "（<a" not in client.get(url).content.decode()  # no page, no link
    privacy = add_standard(home_page, "privacy", "プライバシー")
    html = client.get(url).content.decode()
    assert f'（<a href="{privacy.url}">プライバシーポリシー</a>）' in html

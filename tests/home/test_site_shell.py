"""What every public page shares: language, navigation, SEO, error pages, CSP."""

import re
import xml.etree.ElementTree as ET

import pytest

from django.template.loader import render_to_string

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from tests.factories import CreditedImageFactory, make_column
from tests.utils import meta_content

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailPageTestCase):
    def test_home_and_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertEqual(HomePage.max_count, 1)


def test_home_page_is_japanese_with_navigation_and_skip_link(client, column_index, about_page):
    make_column(column_index, title="最初のコラム")
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ja">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert '<nav id="site-nav"' in html
    assert 'href="/columns/"' in html and "『働く』を考える。" in html
    assert 'href="/search/"' in html
    assert "最初のコラム" in html  # the home page shows the latest columns
    # about is not in the menu (show_in_menus is off) but is linked from the footer
    assert html.count('href="/about/"') == 1


def test_current_section_is_marked_in_the_menu(client, column_index):
    column = make_column(column_index, title="現在地")
    html = client.get(column.url).content.decode()
    assert 'href="/columns/" aria-current="page"' in html


def test_breadcrumbs_lead_home(client, column_index):
    column = make_column(column_index, title="パンくず")
    html = client.get(column.url).content.decode()
    start = html.index('<ol class="breadcrumbs__list">')
    crumbs = html[start : html.index("</ol>", start)]
    assert crumbs.index('href="/"') < crumbs.index('href="/columns/"') < crumbs.index("パンくず")


def test_seo_tags_on_a_page(client, column_index):
    image = CreditedImageFactory(description="氷見漁港の朝焼け")
    column = make_column(
        column_index, title="朝の港", listing_summary="港の一日を追った。", listing_image=image
    )
    html = client.get(column.url).content.decode()
    assert "<title>朝の港 | " in html
    assert meta_content(html, "name", "description") == "港の一日を追った。"
    assert '<link rel="canonical" href="http://localhost/columns/' in html
    assert meta_content(html, "property", "og:title") == "朝の港"
    assert meta_content(html, "property", "og:type") == "article"
    assert meta_content(html, "property", "og:image").startswith("http://localhost/media/")
    assert meta_content(html, "property", "og:image:alt") == "氷見漁港の朝焼け"
    assert meta_content(html, "name", "twitter:card") == "summary_large_image"


def test_sitemap_lists_live_pages_with_lastmod(client, column_index):
    live = make_column(column_index, title="公開")
    draft = make_column(column_index, title="下書き", slug="draft-column", live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ET.fromstring(response.content).findall("s:url", ns)
    locations = [u.findtext("s:loc", namespaces=ns) for u in urls]
    assert f"http://localhost{live.url}" in locations
    assert not any(draft.slug in loc for loc in locations)
    assert all(u.findtext("s:lastmod", namespaces=ns) for u in urls)


def test_robots_txt_points_to_the_sitemap_and_hides_private_paths(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /portal/manage/" in body


def test_unknown_path_gives_the_friendly_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert 'action="/search/"' in html


def test_500_template_needs_no_context():
    html = render_to_string("500.html")
    assert "ただいま表示できません" in html
    assert '<html lang="ja">' in html


def test_public_pages_send_a_strict_content_security_policy(client, home_page):
    policy = client.get("/")["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe-inline" not in policy


def test_public_templates_have_no_inline_script_or_style(client, column_index, about_page):
    column = make_column(column_index, title="インラインなし")
    for url in ["/", "/columns/", column.url, "/about/", "/search/?q=a", "/missing/"]:
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script\b[^>]*>", html)
        # Data (JSON-LD), or our own files from /static/ (the character counter): no code
        # inside the page.
        assert all(
            'type="application/ld+json"' in tag or re.search(r'\ssrc="/static/[^"]+\.js"', tag)
            for tag in scripts
        ), url
        assert " style=" not in html and "<style" not in html, url


def test_the_admin_gets_a_policy_it_can_work_with(client, editor):
    client.force_login(editor)
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "default-src 'self'" in policy


def test_pages_are_cacheable_for_a_minute(client, about_page):
    assert "max-age=60" in client.get("/about/")["Cache-Control"]


def test_admin_speaks_japanese(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'lang="ja"' in html
    assert "ダッシュボード" in html


def test_menu_follows_publishing_without_stale_cache(client, column_index, home_page):
    assert 'href="/columns/"' in client.get("/").content.decode()
    column_index.menu_title = "コラム"
    column_index.save_revision().publish()
    assert ">コラム</a>" in client.get("/").content.decode()
    column_index.unpublish()
    assert 'href="/columns/"' not in client.get("/").content.decode()


def test_menu_costs_no_query_once_cached(client, column_index, django_assert_max_num_queries):
    from wagtail.models import Site

    from home.navigation import menu_items

    site = Site.objects.get()
    first = menu_items(site)
    with django_assert_max_num_queries(0):
        assert menu_items(site) == first


def test_a_refused_action_gets_a_page_in_japanese(rf, home_page):
    from django.core.exceptions import PermissionDenied
    from django.views.defaults import permission_denied

    response = permission_denied(rf.get("/portal/"), PermissionDenied("renewal refused"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "この操作はできません" in html and "何も変更されていません" in html

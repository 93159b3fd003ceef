import xml.etree.ElementTree as ET

import pytest

from django.test import Client

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from listings.models import FeatureIndexPage, JobFeaturePage, PortalPage
from tests.factories import CreditedImageFactory, PersonFactory
from tests.factories.listings import EmployerFactory, JobFeaturePageFactory, make_posting

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertAllowedParentPageTypes(FeatureIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(FeatureIndexPage, {JobFeaturePage})
        self.assertAllowedParentPageTypes(JobFeaturePage, {FeatureIndexPage})
        self.assertAllowedParentPageTypes(PortalPage, {HomePage})
        self.assertEqual(PortalPage.max_count, 1)


def test_feature_page_shows_credits_jobs_and_employer_link(client, feature_index, portal):
    employer = EmployerFactory(name="灘浦定置", slug="nadaura")
    writer = PersonFactory(name="松井 健太")
    feature = JobFeaturePageFactory(
        parent=feature_index,
        employer=employer,
        writer=writer,
        title="海の仕事",
        hero_image=CreditedImageFactory(credit_text="写真提供：氷見市"),
    )
    html = client.get(feature.url).content.decode()
    assert "海の仕事" in html and "松井 健太" in html
    assert "写真提供：氷見市" in html
    assert "定置網漁の乗組員" in html  # the job summary
    assert 'href="/portal/employers/nadaura/"' in html


def test_index_lists_and_filters_by_status(client, feature_index):
    JobFeaturePageFactory(parent=feature_index, title="募集中の特集")
    JobFeaturePageFactory(parent=feature_index, title="終了した特集", recruiting_status="closed")
    JobFeaturePageFactory(parent=feature_index, title="下書きの特集", live=False)
    html = client.get("/features/").content.decode()
    assert "募集中の特集" in html and "終了した特集" in html
    assert "下書きの特集" not in html
    html = client.get("/features/", {"status": "closed"}).content.decode()
    assert "終了した特集" in html and "募集中の特集" not in html
    assert client.get("/features/", {"status": "bogus", "page": "x"}).status_code == 200


def test_feed(client, feature_index):
    JobFeaturePageFactory(parent=feature_index, title="特集RSS")
    JobFeaturePageFactory(parent=feature_index, title="下書きRSS", live=False)
    channel = ET.fromstring(client.get("/features/feed/").content).find("channel")
    assert [item.findtext("title") for item in channel.findall("item")] == ["特集RSS"]


def test_company_page_ties_features_and_live_postings(client, feature_index, portal):
    employer = EmployerFactory(name="比美町旅館", slug="himimachi-ryokan")
    JobFeaturePageFactory(parent=feature_index, employer=employer, title="旅館の特集")
    make_posting("public", employer=employer, title="客室係")
    make_posting("filled", employer=employer, title="終わった募集")
    html = client.get("/portal/employers/himimachi-ryokan/").content.decode()
    assert "比美町旅館" in html and "旅館の特集" in html and "客室係" in html
    assert "終わった募集" not in html
    assert client.get("/portal/employers/no-such/").status_code == 404


def test_unpublished_employer_has_no_page(client, portal):
    EmployerFactory(slug="hidden", live=False)
    assert client.get("/portal/employers/hidden/").status_code == 404


@pytest.mark.parametrize("count", [5, 30])
def test_feature_index_query_count_does_not_grow(
    feature_index, django_assert_max_num_queries, count
):
    images = [CreditedImageFactory(credit_person=PersonFactory()) for _ in range(3)]
    employers = [EmployerFactory() for _ in range(3)]
    for n in range(count):
        JobFeaturePageFactory(
            parent=feature_index, listing_image=images[n % 3], employer=employers[n % 3]
        )
    client = Client()
    client.get("/features/")
    with django_assert_max_num_queries(12):
        response = client.get("/features/")
    assert response.status_code == 200


def test_sitemap_has_public_postings_and_company_pages(client, portal):
    employer = EmployerFactory(slug="sitemap-co")
    public = make_posting("public", employer=employer)
    hidden = make_posting("moderation")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urls = ET.fromstring(client.get("/sitemap.xml").content).findall("s:url", ns)
    entries = {
        u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns) for u in urls
    }
    assert entries[f"http://localhost/portal/{public.pk}/"]
    assert "http://localhost/portal/employers/sitemap-co/" in entries
    assert f"http://localhost/portal/{hidden.pk}/" not in entries

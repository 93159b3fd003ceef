"""An anonymous story names nothing that identifies the business, anywhere."""

import pytest

from django.core.exceptions import ValidationError

from tests.factories import CreditedImageFactory
from tests.factories.succession import SuccessionStoryPageFactory

pytestmark = pytest.mark.django_db

SECRETS = ["浜田鮮魚店", "浜田 勝", "氷見市中央町3-3"]


@pytest.fixture
def anonymous(succession_index):
    return SuccessionStoryPageFactory(
        parent=succession_index,
        title="創業70年の鮮魚店、継ぎ手を探しています",
        slug="anonymous-fish-shop",
        visibility="anonymous",
        listing_image=CreditedImageFactory(title="店先", caption="店先の写真"),
        hero_image=CreditedImageFactory(title="店内", caption="店内の写真"),
        listing_summary="市街地の小さな鮮魚店です。",
    )


def everywhere(client, story):
    urls = [
        story.url,
        "/succession/",
        "/succession/feed/",
        "/sitemap.xml",
        "/search/?q=浜田",
        "/search/?q=鮮魚店",
        "/",
    ]
    responses = [client.get(url) for url in urls]
    assert all(r.status_code == 200 for r in responses), [r.status_code for r in responses]
    return "\n".join(r.content.decode() for r in responses)


def test_no_identifying_field_is_rendered_anywhere(client, anonymous):
    text = everywhere(client, anonymous)
    assert anonymous.title in text
    for secret in SECRETS:
        assert secret not in text, secret
    # Neither the shop photos nor their captions.
    assert "店先の写真" not in text and "店内の写真" not in text
    story_html = client.get(anonymous.url).content.decode()
    assert 'property="og:image"' not in story_html
    assert "application/ld+json" not in story_html


def test_open_story_shows_what_it_names(client, succession_index):
    story = SuccessionStoryPageFactory(parent=succession_index, title="浜田鮮魚店を継ぐ人へ")
    html = client.get(story.url).content.decode()
    for secret in SECRETS:
        assert secret in html
    assert (
        "浜田鮮魚店を継ぐ人へ"
        in client.get("/search/", {"q": "浜田鮮魚店を継ぐ人へ"}).content.decode()
    )


def test_search_does_not_index_hidden_names(anonymous):
    assert anonymous.identifying_text() == ""


@pytest.mark.parametrize("field", ["title", "listing_summary", "lead", "successor_wanted"])
def test_an_anonymous_story_may_not_name_the_business_in_public_text(succession_index, field):
    story = SuccessionStoryPageFactory.build(visibility="anonymous", **{field: "浜田鮮魚店のこと"})
    with pytest.raises(ValidationError) as caught:
        story.clean()
    assert field in caught.value.message_dict


def test_company_page_shows_open_stories_only(client, succession_index):
    from tests.factories.listings import EmployerFactory, PortalPageFactory

    PortalPageFactory(parent=succession_index.get_parent())
    employer = EmployerFactory(slug="hamada")
    SuccessionStoryPageFactory(parent=succession_index, employer=employer, title="公開の承継")
    SuccessionStoryPageFactory(
        parent=succession_index,
        employer=employer,
        visibility="anonymous",
        title="匿名の承継",
    )
    html = client.get("/portal/employers/hamada/").content.decode()
    assert "公開の承継" in html and "匿名の承継" not in html

"""A photo credit says 「写真：」 once, whether the credit is a person or free text."""

import pytest

from django.template.loader import render_to_string
from django.utils import translation

from tests.factories import CreditedImageFactory, PersonFactory
from tests.factories.listings import JobFeaturePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _japanese():
    with translation.override("ja"):
        yield


@pytest.mark.parametrize(
    ("credit_text", "line"),
    [
        ("氷見のしごとコモンズ編集部", "写真：氷見のしごとコモンズ編集部"),
        ("写真：氷見のしごとコモンズ編集部", "写真：氷見のしごとコモンズ編集部"),
        ("写真提供：氷見市", "写真提供：氷見市"),
        ("撮影: 高田 美咲", "撮影: 高田 美咲"),
        ("氷見まちなか商店会（提供）", "写真：氷見まちなか商店会（提供）"),
        ("", ""),
    ],
)
def test_credit_line_adds_the_label_only_when_the_text_has_none(credit_text, line):
    assert CreditedImageFactory(credit_text=credit_text).credit_line == line


def test_credit_line_of_a_registered_photographer():
    image = CreditedImageFactory(credit_person=PersonFactory(name="高木 海"))
    assert image.credit_line == "写真：高木 海"


@pytest.mark.parametrize("template", ["components/figure.html", "components/hero_image.html"])
def test_figures_print_the_credit_once(template):
    image = CreditedImageFactory(credit_text="写真：氷見のしごとコモンズ編集部", caption="松林")
    html = render_to_string(template, {"image": image})
    assert html.count("写真：") == 1
    assert '<span class="credit">写真：氷見のしごとコモンズ編集部</span>' in html


def test_cards_and_the_hero_print_a_labelled_credit_once(client, feature_index):
    image = CreditedImageFactory(credit_text="写真提供：氷見市")
    feature = JobFeaturePageFactory(
        parent=feature_index, title="海の仕事", hero_image=image, listing_image=image
    )
    page = client.get(feature.url).content.decode()
    assert "写真提供：氷見市" in page and "写真：写真提供" not in page
    index = client.get(feature_index.url).content.decode()
    assert '<span class="card__credit">写真提供：氷見市</span>' in index
    assert "写真：写真提供" not in index

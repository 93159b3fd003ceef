"""The founding year reads 「1956年創業」, as on a shop sign: on the story, its card and the
employer's page."""

import re

import pytest

from tests.factories.listings import EmployerFactory
from tests.factories.succession import SuccessionStoryPageFactory

pytestmark = pytest.mark.django_db


def meta_items(html, css_class):
    found = re.search(rf'<ul class="meta-list {css_class}">(.*?)</ul>', html, re.S)
    return re.findall(r"<li>(.*?)</li>", found.group(1)) if found else None


def test_story_page_writes_the_year_before_founded(client, succession_index):
    story = SuccessionStoryPageFactory(parent=succession_index, year_founded=1956)
    html = client.get(story.url).content.decode()
    assert "<span>1956年創業</span>" in html
    assert "<dt>創業</dt>" not in html and "1956年創業" in html


def test_story_card_lists_industry_area_and_founding_year(client, succession_index):
    SuccessionStoryPageFactory(parent=succession_index, year_founded=1956)
    html = client.get(succession_index.url).content.decode()
    assert meta_items(html, "card__meta") == [
        "小売",
        "氷見市街地（比美町・中央町・本町周辺）",
        "1956年創業",
    ]


def test_story_card_without_a_founding_year_leaves_it_out(client, succession_index):
    SuccessionStoryPageFactory(parent=succession_index, year_founded=None)
    html = client.get(succession_index.url).content.decode()
    assert meta_items(html, "card__meta") == ["小売", "氷見市街地（比美町・中央町・本町周辺）"]


def test_employer_page_shows_its_story_with_the_founding_year(client, succession_index, portal):
    employer = EmployerFactory(name="浜田鮮魚店", slug="hamada")
    SuccessionStoryPageFactory(parent=succession_index, employer=employer, year_founded=1956)
    html = client.get("/portal/employers/hamada/").content.decode()
    assert "1956年創業" in html

"""The demo makes the renditions its pages need, so a first view does not wait for them
(issue 12, part 7c)."""

import pytest

from django.core.management import call_command
from django.test import Client

from wagtail.images.models import Filter

from home.demo import renditions
from home.demo.builders import DemoContext
from home.demo.renditions import make_renditions, template_filters
from home.models import CreditedImage, CreditedRendition
from tests.factories import CreditedImageFactory, make_column

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo_pages(home_page, column_index):
    """A hero on the home page; a column whose photo is its hero, its og:image, and a card
    on the column index; a photo in the column's body."""
    hero, photo, inline = CreditedImageFactory.create_batch(3)
    home_page.hero_image = hero
    home_page.save_revision().publish()
    column = make_column(
        column_index, listing_image=photo, body=[("image", {"image": inline, "caption": ""})]
    )
    return ["/", column_index.url, column.url]


def test_after_the_step_no_page_makes_a_rendition(photo_pages, settings):
    settings.DEMO_RENDITIONS = True
    ctx = DemoContext(seed=1)
    make_renditions(ctx)
    made = CreditedRendition.objects.count()
    assert made == ctx.tally["renditions", "created"] == 3 * len(template_filters())
    client = Client()
    for path in photo_pages:
        html = client.get(path).content.decode()
        assert "<picture>" in html and ".avif" in html, path
    # Every picture the pages show was already there.
    assert CreditedRendition.objects.count() == made
    # A second run makes nothing again and says so.
    again = DemoContext(seed=1)
    make_renditions(again)
    assert CreditedRendition.objects.count() == made
    assert again.tally["renditions", "created"] == 0
    assert again.tally["renditions", "unchanged"] == made


def test_the_filters_are_read_from_every_image_tag_of_the_templates(settings, tmp_path):
    (tmp_path / "components").mkdir()
    (tmp_path / "components" / "photo.html").write_text(
        "{% load wagtailimages_tags %}"
        "{% picture image format-{avif,jpeg} fill-{10x10,20x20} "
        'sizes="(min-width: 9rem) 9rem, 100vw" %}'
        "{% if page %}{% image page.og_image fill-30x20 format-jpeg as og %}{% endif %}"
    )
    (tmp_path / "logo.html").write_text(
        "{% extends 'base.html' %}{% load wagtailimages_tags %}"
        '{% block content %}{% srcset_image logo width-{40,80} alt="" %}'
        "{% picture image format-{avif,jpeg} fill-{10x10,20x20} %}{% endblock %}"
    )
    (tmp_path / "broken.html").write_text("{% picture %}")  # skipped, with a warning
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    assert [f.spec for f in template_filters()] == [
        "format-avif|fill-10x10",
        "format-avif|fill-20x20",
        "format-jpeg|fill-10x10",
        "format-jpeg|fill-20x20",
        "fill-30x20|format-jpeg",
        "width-40",
        "width-80",
    ]


def test_the_test_settings_skip_it(photo_pages):
    make_renditions(DemoContext(seed=1))
    assert not CreditedRendition.objects.exists()


def test_load_demo_makes_them(settings, monkeypatch, demo_allowed):
    settings.DEMO_RENDITIONS = True
    # One cheap filter stands in for the templates' (the first test covers those).
    monkeypatch.setattr(renditions, "template_filters", lambda: [Filter("max-40x40")])
    call_command("load_demo", verbosity=0)
    images = CreditedImage.objects.count()
    assert images and CreditedRendition.objects.filter(filter_spec="max-40x40").count() == images

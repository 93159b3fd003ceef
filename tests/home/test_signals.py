"""Receivers bound to their senders still do their work: a new section index opens to
writers (and no other page does), and a deleted or published page refreshes the menu."""

import pytest

from django.db.models.signals import post_save

from wagtail.models import GroupPagePermission

from home import roles
from home.models import StandardPage
from home.signals import open_new_sections_to_writers
from listings.models import Area, FeatureIndexPage
from listings.signals import refresh_taxonomy_choices
from tests.factories import StandardPageFactory
from tests.factories.listings import FeatureIndexPageFactory

pytestmark = pytest.mark.django_db


def writer_codenames(page):
    return set(
        GroupPagePermission.objects.filter(page=page, group__name=roles.WRITERS).values_list(
            "permission__codename", flat=True
        )
    )


def test_only_section_indexes_open_to_writers(home_page):
    assert writer_codenames(FeatureIndexPageFactory(parent=home_page)) == {
        "add_page",
        "change_page",
    }
    assert writer_codenames(StandardPageFactory(parent=home_page, slug="about")) == set()


def test_receivers_are_bound_to_their_senders():
    def bound(signal, receiver, sender):
        return receiver in signal._live_receivers(sender)[0]  # (sync, async) receivers

    assert bound(post_save, open_new_sections_to_writers, FeatureIndexPage)
    assert not bound(post_save, open_new_sections_to_writers, StandardPage)
    assert bound(post_save, refresh_taxonomy_choices, Area)
    assert not bound(post_save, refresh_taxonomy_choices, StandardPage)


def test_a_deleted_menu_page_leaves_the_menu(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="gone", title="消えるページ")
    page.show_in_menus = True
    page.save_revision().publish()
    assert "消えるページ" in client.get("/").content.decode()
    page.delete()
    assert "消えるページ" not in client.get("/").content.decode()

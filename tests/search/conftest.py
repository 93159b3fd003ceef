import pytest

from django.db import transaction

from wagtail.models import Page, Site

from columns.models import ColumnIndexPage
from home.models import HomePage
from tests.search import corpus


@pytest.fixture(scope="module")
def search_corpus(django_db_setup, django_db_blocker):
    """The documents of tests/search/corpus.py, built once for a whole test module inside a
    transaction that is rolled back after it (building them for each of the many queries
    would take minutes). The site is set up as the `home_page` and `column_index`
    fixtures of tests/conftest.py do. Returns {"search": {title: key}, "portal": {...}}."""
    with django_db_blocker.unblock(), transaction.atomic():
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()
        home = root.add_child(
            instance=HomePage(title="ホーム", slug="home", hero_title="氷見で働く")
        )
        site = Site.objects.first() or Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.hostname = "localhost"
        site.save()
        home.save_revision().publish()
        column_index = home.add_child(
            instance=ColumnIndexPage(
                title="『働く』を考える。", slug="columns", intro="働くことのコラム"
            )
        )
        column_index.save_revision().publish()
        titles = corpus.build(home, column_index)
        yield titles
        transaction.set_rollback(True)

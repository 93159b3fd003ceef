import pytest

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import caches

from wagtail.models import Page, Site

from columns.models import ColumnIndexPage
from home import roles
from home.models import HomePage, StandardPage
from tests.factories import UserFactory
from tests.factories.listings import FeatureIndexPageFactory, PortalPageFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Images and renditions go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with empty caches: the menu is cached per site, and a rendition
    cached in memory by an earlier test would name an image id the database reuses."""
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture
def demo_allowed(settings):
    """DEBUG on, as on a developer's machine: load_demo refuses without it, and the test
    settings have it off. No switch in the command itself that production could use."""
    settings.DEBUG = True


@pytest.fixture
def home_page(db):
    """A HomePage at the site root in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="ホーム", slug="home", hero_title="氷見で働く"))
    site = Site.objects.first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.hostname = "localhost"
    site.save()
    home.save_revision().publish()
    return home


@pytest.fixture
def column_index(home_page):
    index = home_page.add_child(
        instance=ColumnIndexPage(
            title="『働く』を考える。", slug="columns", intro="働くことのコラム", show_in_menus=True
        )
    )
    index.save_revision().publish()
    return index


@pytest.fixture
def portal(home_page):
    return PortalPageFactory(parent=home_page)


@pytest.fixture
def feature_index(home_page):
    return FeatureIndexPageFactory(parent=home_page)


@pytest.fixture
def about_page(home_page):
    about = home_page.add_child(
        instance=StandardPage(title="このサイトについて", slug="about", lead="氷見のしごとの話")
    )
    about.save_revision().publish()
    return about


def _user_in(group_name, **kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def writer(db):
    return _user_in(roles.WRITERS, username="writer")


@pytest.fixture
def photographer(db):
    return _user_in(roles.PHOTOGRAPHERS, username="photographer")


@pytest.fixture
def editor(db):
    return _user_in(roles.EDITORS, username="editor")


@pytest.fixture
def moderator(db):
    return _user_in(roles.MODERATORS, username="moderator")

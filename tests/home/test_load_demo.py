"""The demo loader builds the URL tree of DESIGN.md, once, and never in production."""

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client

from wagtail.models import Page, Site

from columns.models import ColumnPage
from home import roles
from home.models import CreditedImage, HomePage, Person

pytestmark = pytest.mark.django_db

PATHS = [
    "/",
    "/features/",
    "/portal/",
    "/succession/",
    "/columns/",
    "/about/",
    "/about/transparency/",
    "/supporters/",
    "/privacy/",
    "/terms/",
]


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


def counts():
    return {
        "pages": Page.objects.count(),
        "images": CreditedImage.objects.count(),
        "people": Person.objects.count(),
        "users": get_user_model().objects.count(),
        "revisions": sum(p.revisions.count() for p in Page.objects.all()),
    }


def test_demo_builds_the_url_tree_and_every_page_renders(demo):
    client = Client()
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    for path in PATHS:
        assert client.get(path).status_code == 200, path
    columns = ColumnPage.objects.live()
    assert columns.count() >= 8
    for column in columns:
        response = client.get(column.url)
        assert response.status_code == 200
        assert column.title in response.content.decode()
    assert all(image.description for image in CreditedImage.objects.all())
    assert all(image.credit for image in CreditedImage.objects.all())


def test_demo_is_idempotent(demo):
    before = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == before


def test_if_empty_leaves_an_existing_site_alone(demo):
    home = HomePage.objects.get()
    home.title = "編集済み"
    home.save_revision().publish()
    call_command("load_demo", "--if-empty", verbosity=0)
    assert HomePage.objects.get().title == "編集済み"


def test_demo_logins_cover_every_role(demo):
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    expected = {
        "writer": roles.WRITERS,
        "photographer": roles.PHOTOGRAPHERS,
        "editor": roles.EDITORS,
        "moderator": roles.MODERATORS,
    }
    for username, group in expected.items():
        user = users.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password("demo-pass-2026")
        assert Client().login(username=username, password="demo-pass-2026")


def test_demo_refuses_production_settings(monkeypatch):
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "site_config.settings.production")
    with pytest.raises(CommandError, match="production"):
        call_command("load_demo", verbosity=0)
    assert not HomePage.objects.exists()

"""The demo loader builds the URL tree of DESIGN.md, once, and never in production: it
refuses with DEBUG off and on a database with users other than its demo accounts."""

import pytest

from django.contrib.auth import authenticate, get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client, RequestFactory

from wagtail.models import Page, Site

from columns.models import ColumnPage
from home import roles
from home.demo import data as demo_data
from home.models import CreditedImage, HomePage, Person
from home.public_forms.outbox import OutgoingMail
from tests.factories import UserFactory

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
def demo(db, demo_allowed):
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
        # With a request, as the admin login calls it: axes refuses one without.
        request = RequestFactory().post("/admin/login/")
        assert authenticate(request, username=username, password="demo-pass-2026") == user


def test_demo_refuses_with_debug_off(settings, monkeypatch):
    # Whatever the settings module is called: only DEBUG counts.
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "site_config.settings.dev")
    settings.DEBUG = False
    with pytest.raises(CommandError, match="refuses to run with DEBUG off"):
        call_command("load_demo", verbosity=0)
    assert not HomePage.objects.exists()
    assert not get_user_model().objects.exists()


def test_demo_refuses_a_database_with_other_users(demo_allowed):
    UserFactory(username="tanaka")
    # A real administrator named like a demo login is not one of the demo's accounts.
    UserFactory(username="admin", email="it@city.himi.example.jp")
    with pytest.raises(CommandError, match=r"users other than its demo accounts \(admin, tanaka\)"):
        call_command("load_demo", verbosity=0)
    assert not HomePage.objects.exists()
    assert get_user_model().objects.get(username="admin").check_password("password")


def test_demo_runs_on_an_empty_database_with_debug_on(demo_allowed):
    assert not get_user_model().objects.exists()
    call_command("load_demo", verbosity=0)
    assert HomePage.objects.exists()
    users = set(get_user_model().objects.values_list("username", "email"))
    assert users == set(demo_data.site().demo_accounts)


def test_if_empty_leaves_a_developers_own_site_alone(demo):
    # `make run` on a site where the developer added a login of their own: no error.
    UserFactory(username="tanaka")
    call_command("load_demo", "--if-empty", verbosity=0)
    assert get_user_model().objects.filter(username="tanaka").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_demo_mails_nobody(demo_allowed):
    """Its made-up submissions start reviews, whose notices Wagtail sends when the
    transaction commits (home/staff/workflow_mail.py): the commit must happen under the demo's
    mailer too, or `make run` prints dozens of notices and a real mailer would send them."""
    call_command("load_demo", verbosity=0)
    assert mail.outbox == []
    # …nor queues any for the worker to send later.
    assert not OutgoingMail.objects.exists()

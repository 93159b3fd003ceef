"""Staff logins are throttled by django-axes: after five failures the admin login refuses
even the right password, says why in Japanese, and an administrator can lift the lock."""

from io import StringIO

import pytest
from axes.models import AccessAttempt

from django.core.management import call_command
from django.test import Client

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED = "ログインの失敗が続いたため、しばらくログインできません。"
ADVICE = "30分後にもう一度お試しいただくか、管理者に解除を依頼してください。"


@pytest.fixture
def staff(db):
    return UserFactory(username="henshu", is_staff=True, superuser=True)


def sign_in(username, password, address="203.0.113.5", **extra):
    client = Client(REMOTE_ADDR=address, **extra)
    response = client.post(LOGIN, {"username": username, "password": password})
    return client, response


def signed_in(client):
    return client.get("/admin/").status_code == 200


def fail(times, username="henshu", address="203.0.113.5", **extra):
    for _ in range(times):
        sign_in(username, "wrong-password", address, **extra)


def test_a_few_failures_do_not_lock(staff):
    fail(4)
    client, response = sign_in("henshu", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_five_failures_refuse_the_right_password_in_japanese(staff):
    fail(5)
    client, response = sign_in("henshu", PASSWORD)
    assert response.status_code == 429
    text = response.content.decode()
    assert LOCKED in text
    assert ADVICE in text
    assert not signed_in(client)


def test_another_user_from_another_address_is_unaffected(staff):
    UserFactory(username="shinsa", is_staff=True, superuser=True)
    fail(5)
    client, response = sign_in("shinsa", PASSWORD, address="198.51.100.7")
    assert response.status_code == 302
    assert signed_in(client)


def test_a_colleague_at_the_same_address_is_not_locked_out(staff):
    """Behind the proxy every staff member has its address: one person's mistakes must
    not lock the others out."""
    UserFactory(username="shinsa", is_staff=True, superuser=True)
    fail(5)
    client, response = sign_in("shinsa", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)
    assert sign_in("henshu", PASSWORD)[1].status_code == 429


@pytest.mark.parametrize(
    "command",
    [["axes_reset_username", "henshu"], ["axes_reset_ip", "203.0.113.5"], ["axes_reset"]],
)
def test_an_administrator_unlocks_with_a_command(staff, command):
    fail(5)
    assert sign_in("henshu", PASSWORD)[1].status_code == 429
    call_command(*command, stdout=StringIO())
    client, response = sign_in("henshu", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_the_address_is_the_one_the_public_forms_use(staff, monkeypatch):
    # A stand-in for home.client_address.client_address that reads a header: if axes used
    # REMOTE_ADDR itself, the five failures below would come from five addresses.
    monkeypatch.setattr(
        "home.client_address.client_address",
        lambda request: request.META["HTTP_X_TEST_CLIENT"],
    )
    for n in range(5):
        fail(1, address=f"192.0.2.{n}", HTTP_X_TEST_CLIENT="203.0.113.99")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.99"}
    _, response = sign_in(
        "henshu", PASSWORD, address="192.0.2.50", HTTP_X_TEST_CLIENT="203.0.113.99"
    )
    assert response.status_code == 429


def test_a_superuser_lifts_a_lock_in_the_admin(staff, editor):
    fail(5)
    admin = Client()
    admin.force_login(UserFactory(username="kanri", superuser=True))
    page = admin.get("/admin/login-locks/").content.decode()
    assert "henshu" in page and "ロックを解除" in page
    attempt = AccessAttempt.objects.get(username="henshu")
    response = admin.post("/admin/login-locks/", {"attempt": attempt.pk}, follow=True)
    assert "henshu さんは再びログインできます。" in response.content.decode()
    client, response = sign_in("henshu", PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_only_superusers_see_the_login_locks(editor):
    client = Client()
    client.force_login(editor)
    response = client.get("/admin/login-locks/")  # Wagtail turns the refusal into a redirect
    assert response.status_code == 302 and response["Location"] == "/admin/"

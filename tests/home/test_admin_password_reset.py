"""The admin's password-reset form does the same work for a staff address and an unknown
one (home.staff.admin_password_reset): checked by the calls each makes, not by timing."""

import threading

import pytest

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.template import loader

from home.staff import admin_password_reset
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/password_reset/"


def join_deliveries():
    """Wait for the mail threads, so that no mail lands in another test's outbox."""
    for thread in threading.enumerate():
        if thread.name == "password-reset-mail":
            thread.join(5)


@pytest.fixture
def calls(monkeypatch):
    """Every token made, template rendered and delivery started, in order."""
    seen = []

    def spy(name, real, describe):
        def wrapper(*args, **kwargs):
            seen.append((name, describe(*args, **kwargs)))
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(
        PasswordResetTokenGenerator,
        "make_token",
        spy("token", PasswordResetTokenGenerator.make_token, lambda *a, **k: None),
    )
    monkeypatch.setattr(
        loader, "render_to_string", spy("render", loader.render_to_string, lambda t, *a, **k: t)
    )
    delivered, real_deliver = [], admin_password_reset.deliver

    def deliver(messages):
        delivered.append(messages)
        seen.append(("deliver", None))
        return real_deliver(messages)

    monkeypatch.setattr(admin_password_reset, "deliver", deliver)
    return seen, delivered


def test_a_known_and_an_unknown_address_do_the_same_work(client, calls):
    seen, delivered = calls
    UserFactory(email="staff@example.jp")
    known = client.post(URL, {"email": "staff@example.jp"})
    known_calls, seen[:] = list(seen), []
    unknown = client.post(URL, {"email": "nobody@example.jp"})
    assert (known.status_code, unknown.status_code) == (302, 302)
    assert known["Location"] == unknown["Location"]
    assert known_calls == seen
    assert [name for name, _ in seen].count("token") == 1 and seen[-1] == ("deliver", None)
    assert any(name == "render" for name, _ in seen)
    # Only the real one is sent.
    assert [len(messages) for messages in delivered] == [1, 0]
    join_deliveries()


def test_the_staff_member_gets_the_mail(client):
    UserFactory(email="staff@example.jp")
    client.post(URL, {"email": "staff@example.jp"})
    join_deliveries()
    [message] = mail.outbox
    assert message.to == ["staff@example.jp"] and "/admin/password_reset/" in message.body


def test_a_failing_mail_server_is_logged(monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise OSError("mail server down")

    message = mail.EmailMessage("s", "b", None, ["staff@example.jp"])
    monkeypatch.setattr(message, "send", broken)
    admin_password_reset.deliver([message]).join(5)
    assert "could not be sent" in caplog.text

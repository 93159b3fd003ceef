"""The admin's password-reset form does the same work for a staff address and an unknown
one (home.staff.admin_password_reset): the request only enqueues one task, after the
commit; the task finds the user and queues the mail, which a failing server cannot lose."""

from types import SimpleNamespace

import pytest

from django.core import mail
from django.test import TestCase

from home.public_forms.outbox import MailStatus, OutgoingMail
from home.staff import admin_password_reset
from tests.factories import UserFactory
from tests.mail_backends import failing_mailers

pytestmark = pytest.mark.django_db

URL = "/admin/password_reset/"


@pytest.fixture
def enqueued(monkeypatch):
    """The addresses the request handed to the task, without running it."""
    seen = []
    task = SimpleNamespace(enqueue=lambda email, options: seen.append(email))
    monkeypatch.setattr(admin_password_reset, "send_reset_mail", task)
    return seen


def test_a_known_and_an_unknown_address_do_the_same_work(client, enqueued):
    UserFactory(email="staff@example.jp")
    with TestCase.captureOnCommitCallbacks(execute=True) as known_work:
        known = client.post(URL, {"email": "staff@example.jp"})
    with TestCase.captureOnCommitCallbacks(execute=True) as unknown_work:
        unknown = client.post(URL, {"email": "nobody@example.jp"})
    assert (known.status_code, unknown.status_code) == (302, 302)
    assert known["Location"] == unknown["Location"]
    assert (len(known_work), len(unknown_work)) == (1, 1)
    assert enqueued == ["staff@example.jp", "nobody@example.jp"]
    assert mail.outbox == []  # nothing rendered or sent in the request


def test_the_staff_member_gets_the_mail_and_a_stranger_nothing(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://kanri.himi.example"
    UserFactory(email="staff@example.jp")
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(URL, {"email": "staff@example.jp"})
        client.post(URL, {"email": "nobody@example.jp"})
    [message] = mail.outbox
    assert message.to == ["staff@example.jp"]
    assert "https://kanri.himi.example/admin/password_reset/" in message.body


def test_a_failing_mail_server_is_recorded_not_raised(client, settings):
    settings.MAILERS = failing_mailers("SMTPServerDisconnected")
    UserFactory(email="staff@example.jp")
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(URL, {"email": "staff@example.jp"})
    assert response.status_code == 302
    [failed] = OutgoingMail.objects.all()
    assert failed.status == MailStatus.FAILED and failed.to == "staff@example.jp"
    assert failed.last_error.startswith("SMTPServerDisconnected")

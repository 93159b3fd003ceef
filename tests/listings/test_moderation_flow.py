"""After a public submission: approval and rejection in Wagtail's workflow, the mails the
employer gets, and the audit log."""

import re

import pytest

from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

from home.public_forms.outbox import MailStatus, OutgoingMail
from listings.models import JobPosting
from tests.listings.submission_data import valid_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, submit_page, quick_forms, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/portal/submit/", {**valid_form(), "step": "submit"})
    mail.outbox.clear()
    return JobPosting.objects.get()


def act(client, user, posting, action, comment=""):
    client.force_login(user)
    state = posting.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_listings_jobposting:workflow_action", args=(posting.pk, action, state.pk)
    )
    # Mail is queued and enqueued once the request's work has committed.
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(url, {"comment": comment})
    client.logout()
    posting.refresh_from_db()


def employer_mails():
    return [m for m in mail.outbox if m.to == ["owner@example.jp"]]


def manage_link(message):
    return re.search(r"https?://\S+/portal/manage/\S+/", message.body).group(0)


def test_approval_publishes_until_the_end_of_the_deadline_day_and_tells_the_employer(
    client, submitted, moderator
):
    act(client, moderator, submitted, "approve")
    assert submitted.live
    expire = timezone.localtime(submitted.expire_at)
    assert expire.date() == submitted.valid_through and (expire.hour, expire.minute) == (23, 59)
    [message] = employer_mails()
    assert submitted.title in message.body
    path = manage_link(message).split("//", 1)[1].split("/", 1)[1]
    assert client.get(f"/{path}", follow=True).status_code == 200
    assert client.get(f"/portal/{submitted.pk}/").status_code == 200


def test_rejection_tells_the_employer_why_with_a_link_to_edit(client, submitted, moderator):
    act(client, moderator, submitted, "reject", comment="最低賃金を下回っています。")
    assert not submitted.live
    [message] = employer_mails()
    assert "最低賃金を下回っています。" in message.body
    assert "/portal/manage/" in message.body
    assert client.get(f"/portal/{submitted.pk}/").status_code == 404


def test_every_step_is_in_the_audit_log(client, submitted, moderator):
    act(client, moderator, submitted, "approve")
    entries = ModelLogEntry.objects.for_instance(submitted).order_by("timestamp")
    actions = [entry.action for entry in entries]
    for expected in (
        "wagtail.create",
        "wagtail.workflow.start",
        "wagtail.workflow.approve",
        "wagtail.publish",
    ):
        assert expected in actions, actions
    approve = next(e for e in entries if e.action == "wagtail.workflow.approve")
    assert approve.user == moderator
    assert entries.get(action="wagtail.create").user is None


def test_moderator_resends_the_link_from_the_admin(client, submitted, moderator):
    client.force_login(moderator)
    url = reverse("listings_resend_link", args=(submitted.pk,))
    assert client.get(url).status_code == 200
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    [message] = employer_mails()
    assert (
        ModelLogEntry.objects.for_instance(submitted).filter(action="listings.resend_link").exists()
    )
    client.logout()
    path = "/" + manage_link(message).split("//", 1)[1].split("/", 1)[1]
    assert client.get(path, follow=True).status_code == 200


def test_resend_is_accepted_not_claimed_sent_and_a_failure_shows_on_the_posting(
    client, submitted, moderator, settings
):
    settings.MAILERS = {"outgoing": {"BACKEND": "tests.mail_backends.RefusingBackend"}}
    client.force_login(moderator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(reverse("listings_resend_link", args=(submitted.pk,)), follow=True)
    [message] = [str(m) for m in response.context["messages"]]
    assert "再送を受け付けました" in message
    resent = OutgoingMail.objects.about(submitted).get(template="listings/mail/resent.txt")
    assert resent.status == MailStatus.FAILED and "ConnectionRefusedError" in resent.last_error


def test_only_staff_with_the_right_can_resend(client, submitted, writer):
    client.force_login(writer)
    response = client.post(reverse("listings_resend_link", args=(submitted.pk,)))
    assert response.status_code in (302, 403)
    assert employer_mails() == []

"""No mail failure loses or blocks what a person sent (issue 15, item 4): with a relay that
hangs up, lacks STARTTLS, refuses the address, refuses the connection or times out, every
public form stores its record and answers as usual, a moderator's approval and an
employer's edit go through, the failure is recorded after the last try and shown on the
record in the admin, and the resend button queues it again."""

import pytest

from django.core import mail
from django.core.cache import cache
from django.db import transaction
from django.test import TestCase
from django.urls import reverse

from home.public_forms import delivery
from home.public_forms.outbox import MailStatus, OutgoingMail, queue_mail
from listings.models import JobPosting
from tests import form_cases
from tests.factories import UserFactory
from tests.factories.listings import make_posting
from tests.listings.test_self_service import edit_data, open_manage
from tests.mail_backends import ERRORS, FailingBackend, failing_mailers

pytestmark = pytest.mark.django_db

EDIT_VIEWS = {
    JobPosting: "wagtailsnippets_listings_jobposting:edit",
    "Supporter": "supporters:edit",
    "CorrectionRequest": "correction_requests:edit",
    "SuccessionInquiry": "succession_inquiries:edit",
}


@pytest.fixture(autouse=True)
def _fresh_limits(settings):
    cache.clear()  # the receipts' one-an-hour limit and the forms' rate limits
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {}


def edit_url(record):
    name = EDIT_VIEWS.get(type(record)) or EDIT_VIEWS[type(record).__name__]
    return reverse(name, args=(record.pk,))


@pytest.mark.parametrize("error", ERRORS)
@pytest.mark.parametrize("case", form_cases.CASES, ids=lambda case: case.id)
def test_a_failing_relay_loses_nothing_and_shows_in_the_admin(
    client, home_page, moderator, settings, case, error
):
    settings.MAILERS = failing_mailers(error)
    url = case.url(home_page)
    FailingBackend.tries = 0
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = form_cases.send(client, case, url, case.typed(), form_cases.shown_long_ago())
    assert response.status_code == 302  # the thank-you answer, not a 500
    record = case.model.objects.get()
    if isinstance(record, JobPosting):
        assert record.latest_revision is not None
        assert record.current_workflow_state.status == "in_progress"
    failed = list(OutgoingMail.objects.about(record))
    assert failed and {mail.status for mail in failed} == {MailStatus.FAILED}
    assert all(mail.attempts == delivery.MAX_ATTEMPTS for mail in failed)
    assert all(mail.last_error.startswith(error) for mail in failed)
    assert FailingBackend.tries == delivery.MAX_ATTEMPTS * len(failed)
    assert mail.outbox == []

    admin = UserFactory(username="chief", superuser=True)
    client.force_login(admin)
    page = client.get(edit_url(record)).content.decode()
    assert "未送信（失敗）" in page and error in page
    resend_url = reverse("outgoing_mail_resend", args=(failed[0].pk,))
    assert f'formaction="{resend_url}"' in page

    settings.MAILERS = failing_mailers(error) | {"outgoing": settings.MAILERS["default"]}
    with TestCase.captureOnCommitCallbacks(execute=True):
        answer = client.post(resend_url, {"next": edit_url(record)}, follow=True)
    assert "再送を受け付けました" in answer.content.decode()
    failed[0].refresh_from_db()
    assert failed[0].status == MailStatus.SENT and len(mail.outbox) == 1


@pytest.mark.parametrize("error", ERRORS)
def test_a_moderator_approves_and_an_employer_edits_while_the_relay_fails(
    client, portal, moderator, settings, error
):
    settings.MAILERS = failing_mailers(error)
    posting = make_posting("moderation", submitter_email="owner@example.jp")
    client.force_login(moderator)
    state = posting.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_listings_jobposting:workflow_action",
        args=(posting.pk, "approve", state.pk),
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    posting.refresh_from_db()
    assert posting.live
    approved = OutgoingMail.objects.about(posting).get(template="listings/mail/approved.txt")
    assert approved.status == MailStatus.FAILED
    client.logout()

    manage = open_manage(client, posting)
    data = edit_data(client, manage, posting, title="直した題")
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert client.post(f"{manage}edit/", data).status_code == 302
    posting.refresh_from_db()
    assert posting.get_latest_revision_as_object().title == "直した題"
    notices = OutgoingMail.objects.about(posting).filter(subject__contains="直した題")
    assert notices and {m.status for m in notices} == {MailStatus.FAILED}


def test_mail_is_enqueued_only_once_the_transaction_commits(portal):
    posting = make_posting("public")
    with TestCase.captureOnCommitCallbacks() as after_commit, transaction.atomic():
        queue_mail("listings/mail/resent.txt", {"posting": posting}, ["a@example.jp"])
    assert mail.outbox == [] and len(after_commit) == 1
    after_commit[0]()
    assert [m.to for m in mail.outbox] == [["a@example.jp"]]
    assert OutgoingMail.objects.get().status == MailStatus.SENT


def test_a_rolled_back_transaction_mails_nothing(portal):
    posting = make_posting("public")
    with (
        TestCase.captureOnCommitCallbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        queue_mail("listings/mail/resent.txt", {"posting": posting}, ["a@example.jp"])
        raise RuntimeError("the save failed")
    assert mail.outbox == [] and not OutgoingMail.objects.exists()


def test_the_private_link_is_made_when_sent_and_never_stored(portal):
    from listings.notifications import mail_employer

    posting = make_posting("public")
    with TestCase.captureOnCommitCallbacks(execute=True):
        queued = mail_employer(posting, "resent")
    queued.refresh_from_db()
    assert "/portal/manage/" in mail.outbox[0].body
    assert "/portal/manage/" not in str(queued.context) and queued.body == ""


def test_a_failed_try_is_retried_later_through_the_database_queue(portal, settings):
    from django_tasks_db.models import DBTaskResult

    settings.MAILERS = failing_mailers("ConnectionRefusedError")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    posting = make_posting("public")
    queued = OutgoingMail.objects.create(to="a@example.jp", template="listings/mail/resent.txt")
    queued.context = {"posting": {"__row__": ["listings.jobposting", posting.pk]}}
    queued.save()
    assert delivery.deliver_mail.call(queued.pk) == "retry"
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (MailStatus.QUEUED, 1)
    [retry] = DBTaskResult.objects.filter(task_path__endswith="deliver_mail")
    pause = (retry.run_after - queued.last_attempt_at).total_seconds()
    assert delivery.RETRY_DELAYS[0] - 5 < pause < delivery.RETRY_DELAYS[0] + 5
    assert sum(delivery.RETRY_DELAYS) >= 55 * 60  # about an hour before it is shown as failed


def test_only_staff_who_may_change_the_record_resend(client, portal, writer, settings):
    settings.MAILERS = failing_mailers("SMTPServerDisconnected")
    posting = make_posting("public")
    with TestCase.captureOnCommitCallbacks(execute=True):
        queue_mail("listings/mail/resent.txt", {"posting": posting}, ["a@x.jp"], about=posting)
    failed = OutgoingMail.objects.get()
    client.force_login(writer)
    response = client.post(reverse("outgoing_mail_resend", args=(failed.pk,)))
    assert response.status_code in (302, 403)
    failed.refresh_from_db()
    assert failed.status == MailStatus.FAILED


def test_mail_sent_through_django_is_queued_not_sent(settings):
    from django.core.mail import send_mail

    settings.MAILERS = {
        "default": {"BACKEND": "home.public_forms.delivery.QueueBackend"},
        "outgoing": {"BACKEND": "tests.mail_backends.RefusingBackend"},
    }
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert send_mail("件名", "本文", None, ["a@example.jp"]) == 1  # no error here
    queued = OutgoingMail.objects.get()
    assert queued.status == MailStatus.FAILED and queued.subject == "件名"

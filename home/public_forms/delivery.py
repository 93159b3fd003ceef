"""Sending the outbox (home.public_forms.outbox) from a task, with retries.

`deliver_mail` runs in the worker (`manage.py db_worker`). A mail server that refuses,
hangs up, lacks STARTTLS or times out raises an SMTPException or OSError: the try is
counted, the error kept in one line, and the task enqueued again to run after a pause
(`RETRY_DELAYS`, about an hour in all). The tasks framework has no retries of its own, so
the row's `attempts` is the counter and `run_after` the pause. After the last try the mail
is `failed` and shows on its record in the admin, with a resend button.

With a backend that cannot defer (the immediate backend of the tests) the retries follow
at once. `QueueBackend` is the site's default mailer outside the tests, so that even a mail
sent through Django's or Wagtail's own helpers is queued instead of sent in the request;
the real transport is the "outgoing" mailer.
"""

import datetime
import logging
import smtplib

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, mailers
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from home.public_forms.outbox import (
    MAX_ERROR_LENGTH,
    MailStatus,
    OutgoingMail,
    decode,
    queue_message,
)

logger = logging.getLogger(__name__)

# Pauses after the 1st, 2nd, 3rd and 4th failed try: 5 tries over about an hour.
# (MAIL_RETRY_DELAYS in settings may shorten them, for a demonstration.)
RETRY_DELAYS = (60, 5 * 60, 15 * 60, 40 * 60)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
TRANSPORT = "outgoing"
# Every mail here is sent by the site, not a person (RFC 3834): no auto-replies to it.
AUTO_SUBMITTED = {"Auto-Submitted": "auto-generated"}
# What a mail server, or the way to it, does when it fails; anything else is a bug here
# (a template error) that a retry would not mend.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


def transport():
    """The mailer that really sends: "outgoing" when configured, else "default"."""
    return mailers.get(TRANSPORT) or mailers.default


def one_line(error):
    """The error's class and first line, short: enough to tell a refused address from a
    relay that is down, and no room for a dump of the conversation."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:MAX_ERROR_LENGTH] if text else type(error).__name__


def render_template_mail(template, context):
    """A plain-text template in the site's language: (subject, body)."""
    with translation.override(settings.LANGUAGE_CODE):
        text = render_to_string(template, context)
    subject, _, body = text.strip().partition("\n")
    return " ".join(subject.split()), body.strip() + "\n"


def compose(mail):
    """The message to send for `mail`, and `settle(sent)` to call with the outcome."""
    settle = None
    if mail.template and not mail.body:
        context = decode(mail.context)
        if mail.composer:
            extra, settle = import_string(mail.composer)(mail, context)
            context.update(extra)
        subject, body = render_template_mail(mail.template, context)
        message = EmailMessage(
            subject, body, None, mail.recipients, bcc=mail.bcc, headers=AUTO_SUBMITTED
        )
        mail.subject = subject[:300]
    else:
        message = EmailMultiAlternatives(
            mail.subject,
            mail.body,
            mail.from_email or None,
            mail.recipients,
            bcc=mail.bcc,
            headers=AUTO_SUBMITTED,
        )
        if mail.html:
            message.attach_alternative(mail.html, "text/html")
    return message, settle or (lambda sent: None)


def enqueue(mail_id, attempt_after=None):
    """Enqueue the delivery of one mail, after `attempt_after` seconds if the backend can
    wait (the immediate backend of the tests cannot: it tries again at once)."""
    work = deliver_mail
    if attempt_after and work.get_backend().supports_defer:
        work = work.using(run_after=timezone.now() + datetime.timedelta(seconds=attempt_after))
    try:
        work.enqueue(mail_id)
    except Exception:
        # The queue is the database the request just wrote to; if even that fails, the
        # row stays `queued`, listed in the admin's outbox, and nobody was told it went.
        logger.exception("Mail %s could not be enqueued", mail_id)


@task()
def deliver_mail(mail_id):
    """One try at one mail; the next try is enqueued here when this one fails."""
    mail = OutgoingMail.objects.filter(pk=mail_id, status=MailStatus.QUEUED).first()
    if mail is None:
        return "gone"  # sent meanwhile, or its record was deleted
    mail.attempts += 1
    mail.last_attempt_at = timezone.now()
    try:
        message, settle = compose(mail)
    except Exception as error:
        logger.exception("Mail %s could not be composed", mail.pk)
        return fail(mail, error, final=True)
    try:
        transport().send_messages([message])
    except DELIVERY_ERRORS as error:
        settle(False)
        logger.warning("Mail %s, try %d: %s", mail.pk, mail.attempts, one_line(error))
        return fail(mail, error, final=mail.attempts >= len(retry_delays()) + 1)
    settle(True)
    mail.status, mail.sent_at, mail.last_error = MailStatus.SENT, timezone.now(), ""
    if not mail.template:
        # A prepared body is kept only as long as it may be needed again.
        mail.body = mail.html = ""
    mail.save()
    return "sent"


def retry_delays():
    return tuple(getattr(settings, "MAIL_RETRY_DELAYS", RETRY_DELAYS))


def fail(mail, error, final):
    mail.last_error = one_line(error)
    mail.status = MailStatus.FAILED if final else MailStatus.QUEUED
    mail.save()
    if final:
        logger.error("Mail %s failed after %d tries: %s", mail.pk, mail.attempts, mail.last_error)
        return "failed"
    enqueue(mail.pk, attempt_after=retry_delays()[mail.attempts - 1])
    return "retry"


class QueueBackend(BaseEmailBackend):
    """A mailer that queues each message in the outbox instead of sending it: set as the
    "default" mailer so that no mail path, Wagtail's or Django's, waits on SMTP in a
    request. The outbox sends them through the "outgoing" mailer."""

    def send_messages(self, email_messages):
        for message in email_messages:
            if getattr(message, "attachments", None):
                logger.warning("Attachments are not queued: %s", message.subject)
            queue_message(message)
        return len(email_messages)

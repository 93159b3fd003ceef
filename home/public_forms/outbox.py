"""The outbox: every mail the site sends is a row here first, sent by a task after the commit.

A request never talks to the mail server (STYLE.md 22b): it stores an `OutgoingMail` inside
its own transaction and enqueues `home.public_forms.delivery.deliver_mail` once that
transaction has committed. So a rolled-back save mails nobody, a hung or refusing relay
delays a mail instead of losing a submission, and staff see on the record which mail to
whom failed after the last try, with a resend button (outbox_admin).

Two kinds of row:

- composed (`template` set): rendered only when it is sent, from `context`, which holds
  plain values and references to rows. A `composer` (dotted path) may add what must be
  made at sending time and undone if the mail fails: the private management link, whose
  raw token is therefore never stored here.
- prepared (`subject`/`body` set): a message already rendered, such as Wagtail's workflow
  notices or any mail sent through `QueueBackend`. The body is cleared once it is sent.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_ERROR_LENGTH = 300


class MailStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutgoingMailQuerySet(models.QuerySet):
    def about(self, obj):
        content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        return self.filter(content_type=content_type, object_id=str(obj.pk))

    def failed(self):
        return self.filter(status=MailStatus.FAILED)


class OutgoingMail(models.Model):
    """One mail to its recipients and what became of it."""

    to = models.TextField(_("recipients"), help_text=_("The addresses, one a line."))
    bcc = models.JSONField(_("Bcc"), default=list, blank=True)
    template = models.CharField(_("template"), max_length=200, blank=True)
    context = models.JSONField(default=dict, blank=True)
    composer = models.CharField(max_length=200, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(blank=True)
    html = models.TextField(blank=True)
    from_email = models.CharField(max_length=300, blank=True)
    # What the mail is about (a posting, an inquiry): its admin page shows the mail.
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True, db_index=True)
    about = GenericForeignKey("content_type", "object_id")
    status = models.CharField(
        _("status"), max_length=10, choices=MailStatus.choices, default=MailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=MAX_ERROR_LENGTH, blank=True)
    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    objects = OutgoingMailQuerySet.as_manager()

    class Meta:
        app_label = "home"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mail")

    def __str__(self):
        return f"{self.label} → {self.recipients_display}"

    @property
    def recipients(self):
        return [address for address in self.to.splitlines() if address]

    @property
    def recipients_display(self):
        extra = f" (+Bcc {len(self.bcc)})" if self.bcc else ""
        return ", ".join(self.recipients) + extra

    @property
    def label(self):
        """What staff read: the subject once known, else the template's name."""
        return self.subject or self.template.rsplit("/", 1)[-1].removesuffix(".txt")


def encode(value):
    """`value` as JSON: rows become {"__row__": [label, pk]}, datetimes ISO strings."""
    if isinstance(value, models.Model):
        return {"__row__": [value._meta.label_lower, value.pk]}
    if isinstance(value, datetime.datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def decode(value):
    """The inverse of `encode`; a row deleted since is None."""
    if isinstance(value, dict):
        if "__row__" in value:
            label, pk = value["__row__"]
            model = apps.get_model(label)
            return model._default_manager.filter(pk=pk).first()
        if "__datetime__" in value:
            return datetime.datetime.fromisoformat(value["__datetime__"])
        return {key: decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decode(item) for item in value]
    return value


def _about_fields(about):
    if about is None or about.pk is None:
        return {}
    content_type = ContentType.objects.get_for_model(about, for_concrete_model=False)
    return {"content_type": content_type, "object_id": str(about.pk)}


def enqueue_after_commit(mail):
    """Hand `mail` to the worker once the caller's transaction has committed (at once
    outside one); a rolled-back transaction takes the row and the mail with it."""
    from home.public_forms.delivery import enqueue

    transaction.on_commit(lambda: enqueue(mail.pk))
    return mail


def suppressed():
    """True while mail is switched off (MAIL_SUPPRESSED: load_demo's made-up submissions and
    reviews must mail nobody, not even later through the worker)."""
    return getattr(settings, "MAIL_SUPPRESSED", False)


def queue_mail(template, context, to, bcc=(), about=None, composer=""):
    """Queue a plain-text template mail (first line: subject), rendered when it is sent;
    None while mail is suppressed. `context` may hold rows and datetimes; `composer` names a
    function that adds the values made at sending time (see delivery.compose)."""
    if suppressed():
        return None
    mail = OutgoingMail.objects.create(
        to="\n".join(to),
        bcc=list(bcc),
        template=template,
        context=encode(context or {}),
        composer=composer,
        **_about_fields(about),
    )
    return enqueue_after_commit(mail)


def queue_message(message, about=None, template=""):
    """Queue a rendered Django EmailMessage (its text body and any HTML alternative); None
    while mail is suppressed."""
    if suppressed():
        return None
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", ()) or ()
            if mimetype == "text/html"
        ),
        "",
    )
    mail = OutgoingMail.objects.create(
        to="\n".join([*message.to, *message.cc]),
        bcc=list(message.bcc),
        template=template,
        subject=" ".join(str(message.subject).split())[:300],
        body=message.body,
        html=html,
        from_email=message.from_email or "",
        **_about_fields(about),
    )
    return enqueue_after_commit(mail)


def resend(mail):
    """Queue a failed mail once more, with a fresh count of tries; False if it is not a
    failed one (already queued again, or sent meanwhile)."""
    updated = OutgoingMail.objects.filter(pk=mail.pk, status=MailStatus.FAILED).update(
        status=MailStatus.QUEUED, attempts=0
    )
    if updated:
        enqueue_after_commit(mail)
    return bool(updated)

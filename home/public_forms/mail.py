"""The site's plain-text mails. Each mail is a template whose first line is the subject,
queued in the outbox (home.public_forms.outbox) and sent by a task once the caller's
transaction has committed: no request waits on the mail server, and a failing one loses
nothing (delivery.py retries, then shows the failure to staff on the record).

A receipt to the person who sent a public form goes to an address nobody has verified, so
it is queued with `send_receipt()`: at most one per address per hour per form, and its
template says what arrived (which form, when, a reference number, what happens next),
never what it said. Otherwise the site's own branded mail would carry any text to any
address (a "mail cannon")."""

import logging

from django.conf import settings

from wagtail.admin.admin_url_finder import AdminURLFinder

from home.public_forms import guards
from home.public_forms.outbox import queue_mail

logger = logging.getLogger(__name__)


def send_template_mail(template, context, to, bcc=(), about=None, composer=""):
    """Queue `template` (rendered in the site's language when it is sent) to `to`; the
    OutgoingMail. `about` is the record whose admin page shows the mail."""
    return queue_mail(template, context, to, bcc=bcc, about=about, composer=composer)


def send_receipt(form, template, address, record, prefix, context=None, composer=""):
    """Queue `record`'s receipt to `address` unless this form already sent it one within
    the hour; the OutgoingMail, or None. The template gets `reference` (e.g. "C-42", to
    quote when writing to us) and `received_at`, and must show nothing the sender typed.
    `composer` adds to the context when the receipt is really sent (a private link is
    issued only for a mail that goes out)."""
    if not guards.receipt_allowed(form, address):
        # Not a warning: the record is stored and staff are told; only the copy is skipped.
        logger.info("Receipt %s for %s-%s skipped: one sent this hour", form, prefix, record.pk)
        return None
    context = {
        **(context or {}),
        "reference": f"{prefix}-{record.pk}",
        "received_at": record.created_at,
    }
    return send_template_mail(template, context, [address], about=record, composer=composer)


def admin_edit_url(obj):
    """The full address of `obj`'s edit view in the admin, for the notices to staff: the
    path Wagtail knows for it on WAGTAILADMIN_BASE_URL; "" when the admin has none."""
    path = AdminURLFinder().get_edit_url(obj)
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else ""

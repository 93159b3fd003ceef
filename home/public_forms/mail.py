"""Sending the site's plain-text mails. Each mail is a template whose first line is the
subject. A failing mail server never loses what a person sent: callers have saved first,
the failure is logged, and the function answers False.

A receipt to the person who sent a public form goes to an address nobody has verified, so
it is sent with `send_receipt()`: at most one per address per hour per form, and its
template says what arrived (which form, when, a reference number, what happens next),
never what it said. Otherwise the site's own branded mail would carry any text to any
address (a "mail cannon")."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.admin.admin_url_finder import AdminURLFinder

from home.public_forms import guards

logger = logging.getLogger(__name__)


def send_template_mail(template, context, to, bcc=()):
    """Render `template` in the site's language and send it; True if the server took it."""
    with translation.override(settings.LANGUAGE_CODE):
        text = render_to_string(template, context)
    subject, _, body = text.strip().partition("\n")
    message = EmailMessage(" ".join(subject.split()), body.strip() + "\n", None, to, bcc=bcc)
    try:
        message.send()
    except Exception:
        logger.exception("Mail %s to %d recipient(s) could not be sent", template, len(to))
        return False
    return True


def send_receipt(form, template, address, record, prefix, context=None, extra=None):
    """Send `record`'s receipt to `address` unless this form already sent it one within
    the hour; True if the server took it. The template gets `reference` (e.g. "C-42", to
    quote when writing to us) and `received_at`, and must show nothing the sender typed.
    `extra()`, if given, adds to the context only when the receipt is really sent (a
    private link is issued only for a mail that goes out)."""
    if not guards.receipt_allowed(form, address):
        # Not a warning: the record is stored and staff are told; only the copy is skipped.
        logger.info("Receipt %s for %s-%s skipped: one sent this hour", form, prefix, record.pk)
        return False
    context = {
        **(context or {}),
        **(extra() if extra else {}),
        "reference": f"{prefix}-{record.pk}",
        "received_at": record.created_at,
    }
    return send_template_mail(template, context, [address])


def admin_edit_url(obj):
    """The full address of `obj`'s edit view in the admin, for the notices to staff: the
    path Wagtail knows for it on WAGTAILADMIN_BASE_URL; "" when the admin has none."""
    path = AdminURLFinder().get_edit_url(obj)
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else ""

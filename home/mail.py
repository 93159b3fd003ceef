"""Sending the site's plain-text mails. Each mail is a template whose first line is the
subject. A failing mail server never loses what a person sent: callers have saved first,
the failure is logged, and the function answers False."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.admin.admin_url_finder import AdminURLFinder

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


def admin_edit_url(obj):
    """The full address of `obj`'s edit view in the admin, for the notices to staff: the
    path Wagtail knows for it on WAGTAILADMIN_BASE_URL; "" when the admin has none."""
    path = AdminURLFinder().get_edit_url(obj)
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else ""

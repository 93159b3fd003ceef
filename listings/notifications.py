"""Mail to employers. A failing mail server loses nothing: the caller has already saved,
the failure is logged, and a moderator can resend the link from the admin."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from listings.models.tokens import ManagementToken

logger = logging.getLogger(__name__)


def manage_url(token):
    from listings.models import PortalPage

    portal = PortalPage.objects.live().first()
    path = f"{portal.url if portal else '/portal/'}manage/{token}/"
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def mail_employer(posting, template, **context):
    """Render listings/mail/<template>.txt (first line: subject) with a fresh private link,
    send it to the submitter; True when the mail server accepted it."""
    token = ManagementToken.issue(posting)
    text = render_to_string(
        f"listings/mail/{template}.txt",
        {"posting": posting, "manage_url": manage_url(token), **context},
    )
    subject, _, body = text.strip().partition("\n")
    try:
        send_mail(subject.strip(), body.strip() + "\n", None, [posting.submitter_email])
    except Exception:
        logger.exception("Mail %s for posting %s could not be sent", template, posting.pk)
        return False
    return True


def mail_links_for_address(email, postings):
    """The "I lost my link" mail: one fresh link for each of the address's postings."""
    links = [(posting, manage_url(ManagementToken.issue(posting))) for posting in postings]
    text = render_to_string("listings/mail/lost_links.txt", {"links": links})
    subject, _, body = text.strip().partition("\n")
    try:
        send_mail(subject.strip(), body.strip() + "\n", None, [email])
    except Exception:
        logger.exception("Lost-link mail could not be sent")
        return False
    return True

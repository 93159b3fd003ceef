"""Mail to employers. A failing mail server loses nothing: the caller has already saved,
the failure is logged, and a moderator can resend the link from the admin."""

from django.conf import settings

from home.mail import send_template_mail
from listings.models.tokens import ManagementToken


def manage_url(token):
    from listings.models import PortalPage

    portal = PortalPage.objects.live().first()
    path = f"{portal.url if portal else '/portal/'}manage/{token}/"
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def mail_employer(posting, template, **context):
    """Render listings/mail/<template>.txt (first line: subject) with a fresh private link,
    send it to the submitter; True when the mail server accepted it."""
    token = ManagementToken.issue(posting)
    context = {"posting": posting, "manage_url": manage_url(token), **context}
    return send_template_mail(f"listings/mail/{template}.txt", context, [posting.submitter_email])


def mail_links_for_address(email, postings):
    """The "I lost my link" mail: one fresh link for each of the address's postings."""
    links = [(posting, manage_url(ManagementToken.issue(posting))) for posting in postings]
    return send_template_mail("listings/mail/lost_links.txt", {"links": links}, [email])

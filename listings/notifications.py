"""Mail to employers. A failing mail server loses nothing: the caller has already saved,
the failure is logged, and a moderator can resend the link from the admin.

A new link replaces the posting's older links only once its mail was accepted: after a
mail failure the employer keeps the link they have, and the undelivered one is revoked."""

from django.conf import settings
from django.utils import timezone

from home.public_forms.mail import send_receipt, send_template_mail
from listings.models.postings import JobPosting
from listings.models.tokens import ManagementToken, hash_token


def manage_url(token):
    """The private link on WAGTAILADMIN_BASE_URL (mail has no request to take a host from).
    An unpublished portal still has its address; with no portal at all there is no link."""
    from listings.models import PortalPage

    portal = PortalPage.objects.live().first() or PortalPage.objects.first()
    if portal is None or portal.url is None:
        return ""
    path = portal.url + portal.reverse_subpage("manage", args=(token,))
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _settle(issued, sent):
    """Keep only the new links if their mail went out; otherwise drop the new ones."""
    for posting, token in issued:
        if sent:
            ManagementToken.revoke(posting, keep=token)
        else:
            ManagementToken.objects.filter(token_hash=hash_token(token)).update(
                revoked_at=timezone.now()
            )


def mail_employer(posting, template, **context):
    """Render listings/mail/<template>.txt (first line: subject) with a fresh private link,
    send it to the submitter; True when the mail server accepted it."""
    token = ManagementToken.issue(posting)
    context = {"posting": posting, "manage_url": manage_url(token), **context}
    sent = send_template_mail(f"listings/mail/{template}.txt", context, [posting.submitter_email])
    _settle([(posting, token)], sent)
    return sent


def mail_receipt(posting):
    """The receipt of a new posting to the address it names, which nobody has verified
    (home.public_forms.mail.send_receipt: what arrived and the private link, never what it
    said). The link is made only for a receipt that goes out; True when the server took it."""
    issued = []

    def link():
        token = ManagementToken.issue(posting)
        issued.append((posting, token))
        return {"manage_url": manage_url(token)}

    sent = send_receipt(
        "posting",
        "listings/mail/received.txt",
        posting.submitter_email,
        posting,
        "P",
        {"posting": posting},
        extra=link,
    )
    _settle(issued, sent)
    return sent


def open_postings_for(email):
    """The address's postings that a lost-link mail covers (closed ones have no page)."""
    return [
        posting
        for posting in JobPosting.objects.filter(submitter_email__iexact=email)
        if not posting.closed_reason
    ]


def mail_links_for_address(email):
    """The "I lost my link" mail: one fresh link for each of the address's open postings;
    nothing when it has none. Runs after the form's answer has gone out (self_service)."""
    postings = open_postings_for(email)
    if not postings:
        return False
    issued = [(posting, ManagementToken.issue(posting)) for posting in postings]
    links = [(posting, manage_url(token)) for posting, token in issued]
    sent = send_template_mail("listings/mail/lost_links.txt", {"links": links}, [email])
    _settle(issued, sent)
    return sent

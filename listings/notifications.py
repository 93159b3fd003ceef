"""Mail to employers, queued in the outbox and sent by a task after the commit
(home.public_forms.delivery): a failing mail server loses nothing, the mail is retried,
and a failure after the last try shows on the posting in the admin with a resend button.

The private link is made when the mail is sent, not when it is queued, so its raw token is
never stored. A new link replaces the posting's older links only once its mail was
accepted: after a mail failure the employer keeps the link they have, and the undelivered
one is revoked."""

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


def with_posting_link(mail, context):
    """Composer (delivery.compose): a fresh private link to the mail's posting."""
    posting = context.get("posting")
    if posting is None:
        return {"manage_url": ""}, None
    issued = [(posting, ManagementToken.issue(posting))]
    return {"manage_url": manage_url(issued[0][1])}, lambda sent: _settle(issued, sent)


def with_address_links(mail, context):
    """Composer: one fresh link for each open posting of the address the mail goes to."""
    postings = open_postings_for(mail.recipients[0])
    issued = [(posting, ManagementToken.issue(posting)) for posting in postings]
    links = [(posting, manage_url(token)) for posting, token in issued]
    return {"links": links}, lambda sent: _settle(issued, sent)


LINK_COMPOSER = f"{__name__}.with_posting_link"


def mail_employer(posting, template, **context):
    """Queue listings/mail/<template>.txt (first line: subject) with a fresh private link
    to the submitter; the OutgoingMail."""
    return send_template_mail(
        f"listings/mail/{template}.txt",
        {"posting": posting, **context},
        [posting.submitter_email],
        about=posting,
        composer=LINK_COMPOSER,
    )


def mail_receipt(posting):
    """The receipt of a new posting to the address it names, which nobody has verified
    (home.public_forms.mail.send_receipt: what arrived and the private link, never what it
    said). The link is made only for a receipt that goes out; the OutgoingMail or None."""
    return send_receipt(
        "posting",
        "listings/mail/received.txt",
        posting.submitter_email,
        posting,
        "P",
        {"posting": posting},
        composer=LINK_COMPOSER,
    )


def open_postings_for(email):
    """The address's postings that a lost-link mail covers (closed ones have no page)."""
    return [
        posting
        for posting in JobPosting.objects.filter(submitter_email__iexact=email)
        if not posting.closed_reason
    ]


def mail_links_for_address(email):
    """The "I lost my link" mail: one fresh link for each of the address's open postings,
    made when it is sent; nothing when it has none. Runs after the form's answer has gone
    out (self_service)."""
    postings = open_postings_for(email)
    if not postings:
        return None
    return send_template_mail(
        "listings/mail/lost_links.txt",
        {},
        [email],
        about=postings[0],
        composer=f"{__name__}.with_address_links",
    )

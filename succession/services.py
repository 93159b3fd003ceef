"""Receiving an inquiry: stored first, then the mails to the editorial address and the
inquirer are queued and sent after the commit. A failing mail server loses nothing."""

import logging

from django.db import IntegrityError, transaction

from home.models import SiteSettings
from home.public_forms.mail import admin_edit_url, send_receipt, send_template_mail

logger = logging.getLogger(__name__)


def receive_inquiry(form, story, submission_key, request):
    from succession.models import SuccessionInquiry

    existing = SuccessionInquiry.objects.filter(submission_key=submission_key).first()
    if existing:
        return existing, False
    inquiry = form.save(commit=False)
    inquiry.story = story
    inquiry.submission_key = submission_key
    try:
        with transaction.atomic():
            inquiry.save()
    except IntegrityError:
        return SuccessionInquiry.objects.get(submission_key=submission_key), False
    editorial = SiteSettings.for_request(request).editorial_email
    transaction.on_commit(lambda: send_inquiry_mails(inquiry, editorial))
    return inquiry, True


def send_inquiry_mails(inquiry, editorial_email):
    context = {"inquiry": inquiry, "story": inquiry.story, "admin_url": admin_edit_url(inquiry)}
    if editorial_email:
        send_template_mail(
            "succession/mail/inquiry_to_editors.txt", context, [editorial_email], about=inquiry
        )
    else:
        logger.warning(
            "No editorial address in the site settings; inquiry %s not mailed", inquiry.pk
        )
    # The receipt says what arrived, never what it said (home.public_forms.mail.send_receipt).
    send_receipt("inquiry", "succession/mail/inquiry_received.txt", inquiry.email, inquiry, "I")

"""Receiving an inquiry: stored first, then the editorial address and the inquirer are
mailed. A failing mail server loses nothing."""

import logging

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from home.models import SiteSettings

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


def _send(template, context, recipients):
    text = render_to_string(f"succession/mail/{template}.txt", context)
    subject, _, body = text.strip().partition("\n")
    try:
        send_mail(subject.strip(), body.strip() + "\n", None, recipients)
    except Exception:
        logger.exception("Succession mail %s could not be sent", template)
        return False
    return True


def send_inquiry_mails(inquiry, editorial_email):
    context = {"inquiry": inquiry, "story": inquiry.story}
    if editorial_email:
        _send("inquiry_to_editors", context, [editorial_email])
    else:
        logger.warning(
            "No editorial address in the site settings; inquiry %s not mailed", inquiry.pk
        )
    _send("inquiry_received", context, [inquiry.email])

"""Supporter applications and the banner kit.

An application is stored once per form submission, then the mails to the applicant and the
editorial address are queued and sent after the commit (home.public_forms.outbox); a
failing mail server loses nothing. The banner kit
names the PNG files that `manage.py draw_banners` draws into site_config/static/banners/
and the HTML that other sites paste to show one: absolute URLs, and the unhashed static
path, which whitenoise keeps serving next to the hashed copies, so that an embed still
works after the next deploy.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.html import escape

from home.models import SiteSettings, Supporter
from home.public_forms.mail import send_receipt, send_template_mail

logger = logging.getLogger(__name__)

BANNER_DIR = "banners"


@dataclass(frozen=True)
class Banner:
    width: int
    height: int

    @property
    def name(self):
        return f"{self.width}x{self.height}"

    @property
    def path(self):
        """The path under STATIC_URL (and under site_config/static/)."""
        return f"{BANNER_DIR}/himi-shigoto-{self.name}.png"


# Common web banner sizes: full banner, half banner, square, and the 88x31 "button".
BANNERS = [Banner(468, 60), Banner(234, 60), Banner(200, 200), Banner(88, 31)]


def banner_kit(request, site_name):
    """[(banner, HTML to paste)] with absolute URLs to this site and the unhashed file."""
    home_url = request.build_absolute_uri("/")
    kit = []
    for banner in BANNERS:
        image_url = request.build_absolute_uri(f"{settings.STATIC_URL}{banner.path}")
        # Plain text (the template escapes it into the textarea), with its values escaped.
        html = '<a href="{}"><img src="{}" width="{}" height="{}" alt="{}"></a>'.format(
            *map(escape, [home_url, image_url, banner.width, banner.height, site_name])
        )
        kit.append((banner, html))
    return kit


def receive_application(form, submission_key, request):
    """Store the application once per submission key; mail after the commit.
    Returns (supporter, created)."""
    existing = Supporter.objects.filter(submission_key=submission_key).first()
    if existing:
        return existing, False
    supporter = form.save(commit=False)
    supporter.submission_key = submission_key
    try:
        with transaction.atomic():
            supporter.save()
    except IntegrityError:
        return Supporter.objects.get(submission_key=submission_key), False
    site_settings = SiteSettings.for_request(request)
    editorial, site_name = site_settings.editorial_email, site_settings.site_name
    transaction.on_commit(lambda: send_application_mails(supporter, editorial, site_name))
    return supporter, True


def send_application_mails(supporter, editorial_email, site_name=""):
    """A notice to the editorial address (no personal data: that stays in the admin) and
        a receipt to the applicant (home.public_forms.mail.send_receipt: what arrived, never
        what it said). Both are queued: a failing mail server is retried, then shown on the
    record in the admin."""
    context = {"supporter": supporter, "admin_url": supporter.admin_url(), "site_name": site_name}
    if editorial_email:
        send_template_mail(
            "home/mail/supporter_to_editors.txt", context, [editorial_email], about=supporter
        )
    else:
        logger.warning("No editorial address in the site settings; supporter %s", supporter.pk)
    send_receipt(
        "supporter",
        "home/mail/supporter_received.txt",
        supporter.email,
        supporter,
        "S",
        {"site_name": site_name},
    )

"""Correction and removal requests (職業安定法, 2022): which content a request is about,
storing it once, and telling the moderators and the requester.

What a request may be about is decided by the content's own model, so `home` imports no
section app (DESIGN.md, dependency direction). A model opts in with:

- a classmethod `correction_targets(cls)`: the queryset of what the public can see now;
- optionally `correction_title` (the public title; defaults to `title`) and
  `correction_url(request)` (the public address; pages default to their full URL).

A link names its target as `app_label.model_name.pk`, e.g. `listings.jobposting.42`.
Anything else, or something the public cannot see, resolves to nothing: the form then
asks what the request is about and never shows what the parameter pointed to.
"""

import logging
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction

from wagtail.models import Site

from home.models import CorrectionRequest, SiteSettings
from home.public_forms.mail import send_receipt, send_template_mail
from home.roles import MODERATORS

logger = logging.getLogger(__name__)

MAX_PARAM_LENGTH = 120
MAX_ID = 2**31 - 1  # larger numbers cannot be a row, and some databases reject them
TARGET_PATTERN = re.compile(r"^([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)\.([1-9][0-9]{0,9})$")


@dataclass(frozen=True)
class Target:
    """Public content a request is about: what the form shows and the record copies."""

    obj: object
    param: str
    title: str
    url: str

    @property
    def kind(self):
        return self.obj._meta.verbose_name


def opted_in(model):
    return callable(getattr(model, "correction_targets", None))


def target_param(obj):
    """The link's `target` value for `obj`, or None if its model has not opted in."""
    if obj is None or obj.pk is None or not opted_in(type(obj)):
        return None
    return f"{obj._meta.label_lower}.{obj.pk}"


def public_title(obj):
    title = getattr(obj, "correction_title", None) or getattr(obj, "title", None)
    return str(title or obj)[:255]


def public_url(obj, request=None):
    """The full address where the public sees `obj`. It goes into the staff mail, so during
    a request an address on the request's own site is put on the scheme, host and port the
    request came to: the Site record may name another (the demo's says localhost:80 while
    `make run` serves 127.0.0.1:8000)."""
    if callable(getattr(obj, "correction_url", None)):
        url = obj.correction_url(request) or ""
    elif callable(getattr(obj, "get_full_url", None)):
        url = obj.get_full_url(request) or ""
    else:
        return ""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and url.startswith(f"{site.root_url}/"):
        url = request.build_absolute_uri(url.removeprefix(site.root_url))
    return url


def resolve_target(value, request=None):
    """The Target that `value` names if the public can see it now, else None."""
    value = (value or "").strip().lower()
    match = TARGET_PATTERN.match(value) if len(value) <= MAX_PARAM_LENGTH else None
    if match is None:
        return None
    app_label, model_name, pk = match.groups()
    if int(pk) > MAX_ID:
        return None
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    if not opted_in(model):
        return None
    obj = model.correction_targets().filter(pk=int(pk)).first()
    if obj is None:
        return None
    return Target(obj=obj, param=value, title=public_title(obj), url=public_url(obj, request)[:500])


def receive_request(form, target, submission_key, request):
    """Store the request once per submission key; mail after the commit.
    Returns (request record, created)."""
    existing = CorrectionRequest.objects.filter(submission_key=submission_key).first()
    if existing:
        return existing, False
    record = form.save(commit=False)
    record.submission_key = submission_key
    if target is not None:
        record.content_type = ContentType.objects.get_for_model(target.obj)
        record.object_id = target.obj.pk
        record.target_title = target.title
        record.target_url = target.url
    else:
        about = form.cleaned_data["about"]
        record.target_title = about[:255]
        record.target_url = about[:500] if about.startswith(("http://", "https://")) else ""
    try:
        with transaction.atomic():
            record.save()
    except IntegrityError:
        return CorrectionRequest.objects.get(submission_key=submission_key), False
    site_settings = SiteSettings.for_request(request)
    editorial, site_name = site_settings.editorial_email, site_settings.site_name
    transaction.on_commit(lambda: send_request_mails(record, editorial, site_name))
    return record, True


def moderator_addresses():
    users = get_user_model().objects.filter(is_active=True, groups__name=MODERATORS)
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def send_request_mails(record, editorial_email, site_name=""):
    """One mail to the editorial address with the moderators in Bcc (staff of several
    organisations do not see each other's addresses); a receipt to the requester only if
    they gave an address (home.public_forms.mail.send_receipt: what arrived, never what it said).
    Both are queued: a failing mail server is retried, then shown on the record in the admin."""
    context = {"record": record, "admin_url": record.admin_url(), "site_name": site_name}
    moderators = [address for address in moderator_addresses() if address != editorial_email]
    to = [editorial_email] if editorial_email else []
    if to or moderators:
        send_template_mail(
            "home/mail/correction_to_moderators.txt", context, to, bcc=moderators, about=record
        )
    else:
        logger.warning("Nobody to tell about correction request %s", record.pk)
    if record.contact_email:
        send_receipt(
            "correction",
            "home/mail/correction_received.txt",
            record.contact_email,
            record,
            "C",
            {"site_name": site_name},
        )

"""The demo loader's correction requests: a year of readers' requests, in every status.

What readers asked to correct or remove over the last year, about demo postings, features
and stories, in every status with its history, so that the transparency page has figures
to show. The requests are home/demo/data/corrections.yaml.

Content is found through each model's `correction_targets()` (home.commons.corrections), looked
up by name, so `home` imports no section app. A request is found again by its fixed
submission key; it is made, walked through its statuses (by the demo moderator) and dated
back only then, so a second run changes nothing and keeps what staff did since.
"""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import ModelLogEntry

from home.commons.corrections import public_title, public_url
from home.models import CorrectionRequest

from . import data

MODERATOR_USERNAME = "moderator"
TARGET_MODELS = {
    "posting": ("listings", "JobPosting"),
    "feature": ("listings", "JobFeaturePage"),
    "story": ("succession", "SuccessionStoryPage"),
}


def demo_key(number):
    return f"demo-correction-{number:02d}"


def _targets(kind):
    model = apps.get_model(*TARGET_MODELS[kind])
    return list(model.correction_targets().order_by("pk"))


def build_correction_requests(ctx):
    """About eight requests, each made once with its history and dates set back."""
    moderator = get_user_model().objects.filter(username=MODERATOR_USERNAME).first()
    targets = {kind: _targets(kind) for kind in TARGET_MODELS}
    now = timezone.now()
    for number, spec in enumerate(data.corrections(), start=1):
        if CorrectionRequest.objects.filter(submission_key=demo_key(number)).exists():
            ctx.count("correction requests", False, False)
            continue
        candidates = targets[spec["kind"]]
        if not candidates:
            continue
        target = candidates[spec["index"] % len(candidates)]
        record = CorrectionRequest.objects.create(
            submission_key=demo_key(number),
            content_type=ContentType.objects.get_for_model(target),
            object_id=target.pk,
            target_title=public_title(target),
            target_url=public_url(target)[:500],
            reason=spec["reason"],
            details=spec["details"],
            contact_name=spec["contact_name"],
            contact_email=spec["contact_email"],
        )
        received = now - datetime.timedelta(days=spec["days_ago"], hours=7)
        changed_at = received
        for status, days_after, note in spec["steps"]:
            change = record.change_status(status, user=moderator, note=note)
            changed_at = received + datetime.timedelta(days=days_after, hours=3)
            ModelLogEntry.objects.filter(pk=change.pk).update(timestamp=changed_at)
        CorrectionRequest.objects.filter(pk=record.pk).update(
            created_at=received, status_changed_at=changed_at
        )
        ctx.count("correction requests", True, False)

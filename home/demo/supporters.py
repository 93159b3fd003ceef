"""The demo loader's supporters step: applications in every status, with their histories.

The applications are home/demo/data/supporters.yaml. A supporter is found again by its
e-mail address. Its status is walked (with its history, by the demo editor) and its dates
set back only when it is first made, so a second run changes nothing and keeps what
editors did since. One listed organisation gets a logo drawn here with Pillow; one demo
employer is linked to its supporter record, so that its company page shows the badge. The
employer is looked up by name (`apps.get_model`), so `home` still imports no section app.
"""

import datetime
import io

from PIL import Image, ImageDraw

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.models import ModelLogEntry

from home.models import CreditedImage, Supporter

from . import data
from .pages import assign

EDITOR_USERNAME = "editor"
APPLICANT_FIELDS = ["kind", "name", "kana", "support_kinds", "url", "message", "consent_listing"]


def draw_logo():
    """A shop-street logo: an awning over a wave, on white (PNG bytes)."""
    size = 240
    image = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([12, 12, size - 12, size - 12], 36, fill=(179, 68, 30))
    stripes = 6
    width = (size - 64) / stripes
    for i in range(stripes):
        colour = (255, 255, 255) if i % 2 == 0 else (244, 214, 190)
        left = 32 + i * width
        draw.rectangle([left, 52, left + width, 104], fill=colour)
        draw.pieslice([left, 80, left + width, 128], 0, 180, fill=colour)
    draw.rectangle([44, 128, size - 44, 188], fill=(255, 255, 255))
    draw.rectangle([100, 144, 140, 188], fill=(11, 90, 120))
    for x in range(52, size - 52, 28):
        draw.arc([x, 196, x + 28, 216], 200, 340, fill=(255, 255, 255), width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def demo_logo(ctx):
    logo = data.supporters().logo
    image = CreditedImage.objects.filter(title=logo["title"]).first()
    created = image is None
    if created:
        image = CreditedImage(
            title=logo["title"],
            description=logo["description"],
            credit_text=logo["credit_text"],
            file=ImageFile(io.BytesIO(draw_logo()), name="demo-supporter-logo.png"),
        )
        image._set_image_file_metadata()
        image.save()
    ctx.count("images", created, False)
    return image


def walk(supporter, steps, editor, received):
    """Set the statuses of a new record in order, each kept in its history."""
    changed_at = received
    for status, days_after, note in steps:
        change = supporter.change_status(status, user=editor, note=note)
        changed_at = received + datetime.timedelta(days=days_after, hours=3)
        ModelLogEntry.objects.filter(pk=change.pk).update(timestamp=changed_at)
    Supporter.objects.filter(pk=supporter.pk).update(
        created_at=received, status_changed_at=changed_at
    )


def link_employer(ctx, slug, supporter):
    """The employer's company page shows the badge: link it and publish a revision."""
    employer = apps.get_model("listings", "Employer").objects.filter(slug=slug).first()
    if employer is None or employer.supporter_id == supporter.pk or not supporter.is_listed:
        return
    employer.supporter = supporter
    employer.save_revision().publish()
    ctx.count("employers", False, True)


def build_supporters(ctx):
    """Applications in every status; approved ones who agreed appear on /supporters/."""
    editor = get_user_model().objects.get(username=EDITOR_USERNAME)
    now = timezone.now()
    for spec in data.supporters().supporters:
        values = {name: spec[name] for name in APPLICANT_FIELDS}
        supporter = Supporter.objects.filter(email=spec["email"]).first()
        created = supporter is None
        if created:
            supporter = Supporter(email=spec["email"], **values)
            supporter.save()
            received = now - datetime.timedelta(days=spec["days_ago"], hours=5)
            walk(supporter, spec["steps"], editor, received)
            supporter.refresh_from_db()
            changed = False
        else:
            changed = assign(supporter, values)
        if spec["logo"]:
            changed = assign(supporter, {"logo": demo_logo(ctx)}) or changed
        if changed:
            supporter.save()
        ctx.count("supporters", created, changed)
        if spec["employer"]:
            link_employer(ctx, spec["employer"], supporter)

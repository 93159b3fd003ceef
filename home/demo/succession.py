"""The demo loader's succession steps: stories under /succession/ and their inquiries.

The inquiries are those the editorial team received about the stories; the data are
home/demo/data/succession_*.yaml.

The succession and listings models are looked up by name, so `home` imports no section
app. A story is found again by its slug, an inquiry by its story and e-mail address. Dates
count back from today and are set when a story or an inquiry is first made; an inquiry's
status is walked (with its history, by the demo editor) only then, so a second run changes
nothing and keeps what editors did since.
"""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone

from . import data
from .pages import assign, publish

EDITOR_USERNAME = "editor"
# Not plain fields of the story: resolved here, or only used when a story is first made.
SPEC_ONLY = {
    "slug",
    "days_ago",
    "area",
    "employer",
    "related_features",
    "negotiation_days_ago",
    "concluded_days_ago",
}
INQUIRY_FIELDS = ["name", "kana", "phone", "inquirer_type", "background", "hope"]


def build_succession_stories(ctx):
    """Open and anonymous stories in every status, each published with a revision and
    dated back by `days_ago` when it is first made."""
    story_model = apps.get_model("succession", "SuccessionStoryPage")
    areas = {area.slug: area for area in apps.get_model("listings", "Area").objects.all()}
    employers = {e.slug: e for e in apps.get_model("listings", "Employer").objects.all()}
    index = ctx.pages["succession"]
    # Earlier steps published this page through another instance: read its tree fields again.
    index.refresh_from_db()
    today = timezone.localdate()
    for spec in data.succession().stories:
        check_anonymity(spec)
        key = f"succession/{spec['slug']}"
        fields = {name: value for name, value in spec.items() if name not in SPEC_ONLY}
        values = ctx.resolve(story_model, key, fields)
        values["area"] = areas[spec["area"]]
        values["employer"] = employers[spec["employer"]] if spec.get("employer") else None
        values["related_features"] = [
            ctx.pages[f"features/{slug}"] for slug in spec["related_features"]
        ]

        page = index.get_children().filter(slug=spec["slug"]).first()
        created = page is None
        if not created:
            page = page.specific
            if not isinstance(page, story_model):
                raise ValueError(f"{page.url_path} is a {type(page).__name__}, not a story")
        for name, days_key in (
            ("negotiation_started_on", "negotiation_days_ago"),
            ("concluded_on", "concluded_days_ago"),
        ):
            # A date counts back from the day the story is made and then stays.
            if days_key in spec and (created or getattr(page, name) is None):
                values[name] = today - datetime.timedelta(days=spec[days_key])
        if created:
            # A story cannot be saved without its required fields, so it is made with
            # all of them (child_page makes a bare draft), then published below.
            page = story_model(slug=spec["slug"], live=False)
            assign(page, values)
            index.add_child(instance=page)
        published = publish(page, values)
        if created:
            when = timezone.now() - datetime.timedelta(days=spec["days_ago"], hours=5)
            story_model.objects.filter(pk=page.pk).update(
                first_published_at=when, last_published_at=when
            )
        ctx.pages[key] = page
        ctx.count("succession stories", created, published)


def check_anonymity(spec):
    """An anonymous story shows no photo, company page, feature or name anywhere: stop
    demo data that would (the model's clean() checks the text fields, not the body)."""
    if spec["visibility"] != "anonymous":
        return
    problems = [
        name
        for name in ("hero_image", "listing_image", "employer", "related_features")
        if spec.get(name)
    ]
    secrets = [spec[name] for name in ("business_name", "owner_name", "address") if spec[name]]
    for kind, *args in spec["body"]:
        if kind == "img":
            problems.append("an image block in the body")
        if any(secret in str(arg) for arg in args for secret in secrets):
            problems.append(f"a {kind} block naming the business, owner or address")
    if problems:
        raise ValueError(f"Anonymous demo story {spec['slug']} has {', '.join(problems)}")


def build_succession_inquiries(ctx):
    """Inquiries in every status; a new one walks its `steps` as the demo editor, so each
    has its history, then its dates are set back."""
    inquiry_model = apps.get_model("succession", "SuccessionInquiry")
    change_model = apps.get_model("wagtailcore", "ModelLogEntry")
    editor = get_user_model().objects.get(username=EDITOR_USERNAME)
    now = timezone.now()
    for spec in data.succession().inquiries:
        story = ctx.pages[f"succession/{spec['story']}"]
        if story.status not in {"seeking", "negotiating"}:
            raise ValueError(f"Demo inquiry {spec['email']} is about a closed story")
        values = {name: spec[name] for name in INQUIRY_FIELDS}
        values["consent"] = True
        inquiry = inquiry_model.objects.filter(story=story, email=spec["email"]).first()
        created = inquiry is None
        if created:
            inquiry = inquiry_model(story=story, email=spec["email"], **values)
            inquiry.save()
            received = now - datetime.timedelta(days=spec["days_ago"], hours=6)
            changed_at = [received]
            for status, days_after, note in spec["steps"]:
                change = inquiry.change_status(status, user=editor, note=note)
                changed_at.append(received + datetime.timedelta(days=days_after, hours=2))
                change_model.objects.filter(pk=change.pk).update(timestamp=changed_at[-1])
            inquiry_model.objects.filter(pk=inquiry.pk).update(
                created_at=received, status_changed_at=changed_at[-1]
            )
            changed = False
        elif inquiry.purged_at is not None:
            # Personal data purged after the retention period stays purged.
            changed = False
        else:
            changed = assign(inquiry, values)
            if changed:
                inquiry.save()
        ctx.count("succession inquiries", created, changed)

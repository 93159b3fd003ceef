"""The demo loader's recruiting steps: employers, features and free postings.

Features go under /features/; postings are acted out in every state of their life. The
data are home/demo/data/recruiting*.yaml.

The listings models are looked up by name, so `home` imports no section app. A posting
is found again by its title and employer name; its state (published, closed, in
moderation, rejected) is only acted out when it is created, so a second run starts no
workflow and publishes nothing that is unchanged. Dates count from today.
"""

import datetime
import uuid

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone

from . import data
from .pages import BLOCK_IDS, assign, child_page, publish

MODERATOR_USERNAME = "moderator"

# Wagtail mails the moderators when a workflow starts, and the submitter when it is
# rejected: made-up submissions should not send mail, whatever mailer settings say.
# load_demo runs every step, and the commit, under this mailer.
NO_MAIL = {
    "default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"},
    "outgoing": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"},
}

# state: (days to the deadline, days since it was submitted or published), drawn per posting
PUBLISHED_STATES = {"public", "expired", "expired-unpublished", "filled", "withdrawn"}
WORKFLOW_STATES = {"moderation", "rejected"}
STATES = PUBLISHED_STATES | WORKFLOW_STATES


def listings_model(name):
    return apps.get_model("listings", name)


def build_employers(ctx):
    """The businesses with a company page, published with a revision."""
    employer_model = listings_model("Employer")
    areas = {area.slug: area for area in listings_model("Area").objects.all()}
    for spec in data.recruiting().employers:
        values = {**spec, "area": areas[spec["area"]]}
        employer = employer_model.objects.filter(slug=spec["slug"]).first()
        created = employer is None
        if created:
            employer = employer_model(slug=spec["slug"], live=False)
        changed = assign(employer, values)
        if created:
            employer.save()
        if created or changed or not employer.live:
            employer.save_revision().publish()
        ctx.count("employers", created, changed)


def build_features(ctx):
    """The recruiting features under /features/, each published with a revision and
    dated back by `days_ago` when it is first made."""
    feature_model = listings_model("JobFeaturePage")
    employers = {employer.slug: employer for employer in listings_model("Employer").objects.all()}
    index = ctx.pages["features"]
    today = timezone.localdate()
    for spec in data.recruiting().features:
        page, created = child_page(index, feature_model, spec["slug"], spec["title"])
        key = f"features/{spec['slug']}"
        fields = {
            name: value
            for name, value in spec.items()
            if name not in {"slug", "employer", "jobs", "days_ago"}
        }
        values = ctx.resolve(feature_model, key, fields)
        values["employer"] = employers[spec["employer"]]
        values["jobs"] = job_summaries(f"{key}/jobs", spec["jobs"], today)
        published = publish(page, values)
        if created:
            when = timezone.now() - datetime.timedelta(days=spec["days_ago"], hours=3)
            feature_model.objects.filter(pk=page.pk).update(
                first_published_at=when, last_published_at=when
            )
        ctx.pages[key] = page
        ctx.count("features", created, published)


def job_summaries(key, jobs, today):
    """Raw StreamField data for a feature's `jobs`: one `job` block for each summary."""
    data = []
    for index, job in enumerate(jobs):
        value = {name: job[name] for name in job if name != "valid_days"}
        days = job["valid_days"]
        value["valid_through"] = (
            None if days is None else (today + datetime.timedelta(days=days)).isoformat()
        )
        block_id = str(uuid.uuid5(BLOCK_IDS, f"{key}/{index}"))
        data.append({"type": "job", "value": value, "id": block_id})
    return data


def build_postings(ctx):
    """Free postings: live, expired, filled, withdrawn, in moderation and rejected."""
    posting_model = listings_model("JobPosting")
    lookups = {
        "category": {c.slug: c for c in listings_model("JobCategory").objects.all()},
        "employment_type": {t.slug: t for t in listings_model("EmploymentType").objects.all()},
        "area": {area.slug: area for area in listings_model("Area").objects.all()},
        "welcome_tags": {tag.slug: tag for tag in listings_model("WelcomeTag").objects.all()},
        "employer": {e.slug: e for e in listings_model("Employer").objects.all()},
    }
    moderator = get_user_model().objects.get(username=MODERATOR_USERNAME)
    today = timezone.localdate()
    seen = set()
    for spec in data.recruiting().postings:
        state = spec["state"]
        if state not in STATES:
            raise ValueError(f"Unknown posting state {state!r} of {spec['title']}")
        values = posting_values(spec, lookups)
        stable_key = (values["title"], values["employer_name"])
        if stable_key in seen:
            raise ValueError(f"Two demo postings are called {stable_key}")
        seen.add(stable_key)
        timeline = draw_timeline(ctx.rng("posting", *stable_key), spec, state)
        values["valid_through"] = today + datetime.timedelta(days=timeline["deadline"])

        posting = posting_model.objects.filter(
            title=values["title"], employer_name=values["employer_name"]
        ).first()
        created = posting is None
        if created:
            posting = posting_model(live=False)
            assign(posting, values)
            act_out(posting, state, spec, timeline, moderator)
            changed = False
        else:
            if state != "public":
                # Only a live posting is renewed; the others keep the deadline they had.
                del values["valid_through"]
            changed = assign(posting, values)
            if changed:
                update(posting, state)
        ctx.count(f"postings ({state})", created, changed)


def posting_values(spec, lookups):
    """Field values of one posting from its compact spec and its employer or workplace."""
    recruiting = data.recruiting()
    editorial_email = data.site().settings["editorial_email"]
    org = spec["org"]
    employer = lookups["employer"].get(org)
    if employer is not None:
        access, contact_person = recruiting.employer_contacts[org]
        place = {
            "employer_name": employer.name,
            "area": employer.area,
            "address": employer.address,
            "access": access,
            "contact_person": contact_person,
            "apply_email": employer.public_email,
            "apply_phone": employer.public_phone,
            "apply_url": "",
        }
    else:
        workplace = recruiting.workplaces[org]
        place = {
            "employer_name": workplace["name"],
            "area": lookups["area"][workplace["area"]],
            "address": workplace["address"],
            "access": workplace["access"],
            "contact_person": workplace["contact_person"],
            "apply_email": workplace.get("apply_email", ""),
            "apply_phone": workplace.get("apply_phone", ""),
            "apply_url": workplace.get("apply_url", ""),
        }
    if "area" in spec:
        place["area"] = lookups["area"][spec["area"]]
    place["address"] = spec.get("address", place["address"])
    wage_min, wage_max, wage_unit = spec["wage"]
    employment_type = spec["type"]
    source = spec.get("source", "form")
    long_term = employment_type in {"full-time", "contract"}
    return {
        "title": spec["title"],
        "employer": employer,
        **place,
        "category": lookups["category"][spec["category"]],
        "employment_type": lookups["employment_type"][employment_type],
        "description": spec["description"],
        "duties": spec["duties"],
        "requirements": spec["requirements"],
        "wage_min": wage_min,
        "wage_max": wage_max,
        "wage_unit": wage_unit,
        "wage_note": spec.get("wage_note", ""),
        "fixed_overtime": spec.get("fixed_overtime", ""),
        "working_hours": spec["hours"],
        "holidays": spec["holidays"],
        "annual_holidays": spec.get("annual"),
        "trial_period": spec.get("trial", recruiting.default_trial if long_term else ""),
        "insurance": spec.get("insurance", recruiting.insurance_by_type[employment_type]),
        "smoking_measures": spec.get("smoking", recruiting.default_smoking),
        "welcome_tags": [lookups["welcome_tags"][slug] for slug in spec["tags"]],
        "apply_note": spec.get("apply_note") or default_apply_note(recruiting, place),
        "submitter_email": editorial_email if source == "editorial" else f"{org}@example.jp",
        "source": source,
    }


def default_apply_note(recruiting, place):
    """How to apply, by the ways the workplace takes applications (recruiting.yaml)."""
    notes = recruiting.apply_notes
    if place["apply_phone"] and place["apply_email"]:
        return notes["phone_and_email"]
    if place["apply_phone"]:
        return notes["phone"]
    if place["apply_email"]:
        return notes["email"]
    return notes["form"]


def draw_timeline(rng, spec, state):
    """Days from today to the deadline, and days back to when the posting was submitted,
    published and closed; always drawn in the same order, so each run draws the same."""
    ahead = rng.randint(5, 80)
    published = rng.randint(1, min(45, 90 - ahead))
    closed_after = rng.randint(3, 12)
    submitted = rng.randint(0, 3)
    match state:
        case "public":
            return {"deadline": ahead, "published": published}
        case "expired" | "expired-unpublished":
            return {"deadline": spec["days"], "published": 30 - spec["days"] + submitted}
        case "filled" | "withdrawn":
            return {
                "deadline": ahead,
                "published": published + closed_after,
                "closed": published,
            }
        # Waiting postings were sent a few days ago with a deadline at most 90 days from
        # then, so the employer's edit form (which checks 90 days from today) accepts it.
        case "moderation":
            return {"deadline": min(ahead + 20, 85), "submitted": submitted}
        case "rejected":
            return {"deadline": min(ahead + 20, 85), "submitted": submitted + 4}


def act_out(posting, state, spec, timeline, moderator):
    """Take a new posting through its life up to `state`, then date it back."""
    now = timezone.now()
    posting.save()
    if state in WORKFLOW_STATES:
        posting.save_revision(user=None, log_action="wagtail.create")
        posting.get_workflow().start(posting, user=None)
        if state == "rejected":
            posting = type(posting).objects.get(pk=posting.pk)
            task = posting.current_workflow_task
            task.on_action(
                posting.current_workflow_task_state,
                moderator,
                "reject",
                comment=spec["reject_comment"],
            )
        submitted = now - datetime.timedelta(days=timeline["submitted"], hours=2)
        type(posting).objects.filter(pk=posting.pk).update(created_at=submitted)
        return

    revision = posting.save_revision(user=None, log_action="wagtail.create")
    revision.publish(user=None)
    posting.refresh_from_db()
    if state == "expired-unpublished":
        # What `publish_scheduled` does once the deadline has passed.
        posting.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
    elif state in {"filled", "withdrawn"}:
        posting.closed_reason = state
        posting.closed_at = now - datetime.timedelta(days=timeline["closed"], hours=5)
        posting.unpublish()
    published = now - datetime.timedelta(days=timeline["published"], hours=4)
    type(posting).objects.filter(pk=posting.pk).update(
        first_published_at=published,
        last_published_at=published,
        created_at=published - datetime.timedelta(days=1),
    )


def update(posting, state):
    """Store changed demo content: a live posting publishes it (a renewal), the others
    keep their state and get a new revision."""
    if state == "public":
        posting.save_revision(user=None).publish(user=None)
    else:
        posting.save()
        posting.save_revision(user=None)

"""Factories for recruiting: employers, postings in every state, features, the portal."""

import datetime

import factory
from factory.django import DjangoModelFactory

from django.utils import timezone

from listings.models import (
    Area,
    Employer,
    EmploymentType,
    FeatureIndexPage,
    JobCategory,
    JobFeaturePage,
    JobPosting,
    PortalPage,
)
from tests.factories import PageFactory


def today():
    return timezone.localdate()


class EmployerFactory(DjangoModelFactory):
    class Meta:
        model = Employer

    name = factory.Sequence(lambda n: f"氷見事業所{n}")
    kana = factory.Sequence(lambda n: f"ヒミジギョウショ{n}")
    slug = factory.Sequence(lambda n: f"employer-{n}")
    industry = "漁業"
    live = True
    area = factory.LazyFunction(lambda: Area.objects.get(slug="ao-uwa"))
    description = "定置網漁を営む網元です。"
    website = "https://example.jp/"


class JobPostingFactory(DjangoModelFactory):
    """A posting as stored; `make_posting()` puts it into a state of its life."""

    class Meta:
        model = JobPosting
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"定置網漁の乗組員{n}")
    employer_name = "氷見定置網株式会社"
    category = factory.LazyFunction(lambda: JobCategory.objects.get(code="11"))
    employment_type = factory.LazyFunction(lambda: EmploymentType.objects.get(slug="full-time"))
    description = "氷見漁港を拠点に定置網漁を行います。未経験の方も丁寧に指導します。"
    wage_min = 220000
    wage_max = 300000
    wage_unit = "month"
    working_hours = "4:00〜11:00"
    holidays = "日曜・荒天時"
    area = factory.LazyFunction(lambda: Area.objects.get(slug="ao-uwa"))
    address = "氷見市阿尾1-1"
    apply_phone = "0766-00-0000"
    apply_email = "jobs@example.jp"
    valid_through = factory.LazyFunction(lambda: today() + datetime.timedelta(days=30))
    submitter_email = "owner-private@example.jp"
    source = "form"
    live = False

    @factory.post_generation
    def welcome_tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.welcome_tags.set(extracted)
            self.save()


def publish(posting):
    posting.save_revision(user=None).publish()
    posting.refresh_from_db()
    return posting


def make_posting(state="public", **kwargs):
    """A posting in one state: public, moderation, draft, rejected-like draft, expired,
    expired_flagged (publish_scheduled ran), filled, withdrawn."""
    posting = JobPostingFactory(**kwargs)
    if state == "draft":
        posting.save_revision(user=None)
        return posting
    if state == "moderation":
        posting.save_revision(user=None)
        posting.get_workflow().start(posting, user=None)
        posting.refresh_from_db()
        return posting
    publish(posting)
    if state == "public":
        return posting
    if state in ("expired", "expired_flagged"):
        # Approved earlier, the deadline has passed since.
        yesterday = today() - datetime.timedelta(days=1)
        JobPosting.objects.filter(pk=posting.pk).update(
            valid_through=yesterday,
            expire_at=timezone.now() - datetime.timedelta(minutes=1),
            **({"expired": True, "live": False} if state == "expired_flagged" else {}),
        )
    elif state in ("filled", "withdrawn"):
        JobPosting.objects.filter(pk=posting.pk).update(
            closed_reason=state, live=False, closed_at=timezone.now()
        )
    else:
        raise ValueError(state)
    posting.refresh_from_db()
    return posting


class PortalPageFactory(PageFactory):
    class Meta:
        model = PortalPage

    title = "しごとマッチングポータル"
    slug = "portal"


class FeatureIndexPageFactory(PageFactory):
    class Meta:
        model = FeatureIndexPage

    title = "氷見で働く。"
    slug = "features"


def job_summary(**overrides):
    job = {
        "title": "定置網漁の乗組員",
        "employment_type": "full-time",
        "wage_min": 230000,
        "wage_max": 300000,
        "wage_unit": "month",
        "location": "氷見市阿尾",
        "working_hours": "4:00〜11:00",
        "holidays": "日曜",
        "how_to_apply": "電話でご連絡ください。",
        "valid_through": None,
    }
    job.update(overrides)
    return ("job", job)


class JobFeaturePageFactory(PageFactory):
    class Meta:
        model = JobFeaturePage

    title = factory.Sequence(lambda n: f"特集{n}")
    slug = factory.Sequence(lambda n: f"feature-{n}")
    lead = "海の仕事を訪ねました。"
    jobs = factory.LazyFunction(lambda: [job_summary()])

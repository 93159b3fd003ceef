"""The free portal's postings: submitted by employers, approved by moderators."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from home.fields import MultipleChoiceField
from home.japanese.analysis import searchable_text
from listings.models.posting_queries import (  # re-exported: imported from here elsewhere
    ClosedReason,
    Insurance,
    JobPostingQuerySet,
    Source,
    end_of_day,
)
from listings.wages import WageUnit, format_wage

__all__ = ["ClosedReason", "Insurance", "JobPosting", "JobPostingQuerySet", "Source", "end_of_day"]


class JobPosting(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    # DraftStateMixin makes new objects live by default, so a plain save() would publish.
    # A posting is public only once a moderator approves it (publishing sets live=True).
    live = models.BooleanField(verbose_name=_("live"), default=False, editable=False)

    # What the job is
    title = models.CharField(
        _("job title"), max_length=80, help_text=_("e.g. 定置網漁の乗組員, 旅館の調理補助.")
    )
    employer = models.ForeignKey(
        "listings.Employer",
        verbose_name=_("employer (registered)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="postings",
        help_text=_("Link to a registered employer, if there is one."),
    )
    employer_name = models.CharField(
        _("employer name"), max_length=100, help_text=_("As it should appear on the posting.")
    )
    category = models.ForeignKey(
        "listings.JobCategory",
        verbose_name=_("job category"),
        on_delete=models.PROTECT,
        related_name="postings",
    )
    employment_type = models.ForeignKey(
        "listings.EmploymentType",
        verbose_name=_("employment type"),
        on_delete=models.PROTECT,
        related_name="postings",
    )
    description = models.TextField(
        _("description"), max_length=3000, help_text=_("The job in a few paragraphs.")
    )
    duties = models.TextField(_("duties"), max_length=2000, blank=True)
    requirements = models.TextField(
        _("requirements"), max_length=2000, blank=True, help_text=_("Skills, licences, experience.")
    )

    # Pay and conditions
    wage_min = models.PositiveIntegerField(_("minimum wage (yen)"), null=True, blank=True)
    wage_max = models.PositiveIntegerField(_("maximum wage (yen)"), null=True, blank=True)
    wage_unit = models.CharField(
        _("wage unit"), max_length=10, choices=WageUnit.choices, default=WageUnit.HOUR
    )
    wage_note = models.CharField(
        _("wage note"), max_length=200, blank=True, help_text=_("Allowances, raises, bonuses.")
    )
    fixed_overtime = models.CharField(
        _("fixed overtime pay"),
        max_length=200,
        blank=True,
        help_text=_("固定残業代: the amount, the hours it covers, and that extra hours are paid."),
    )
    working_hours = models.CharField(_("working hours"), max_length=200)
    holidays = models.CharField(_("holidays"), max_length=200)
    annual_holidays = models.PositiveSmallIntegerField(
        _("annual holidays (days)"), null=True, blank=True
    )
    trial_period = models.CharField(
        _("trial period"), max_length=200, blank=True, help_text=_("Length and any changed terms.")
    )
    insurance = MultipleChoiceField(_("social insurance"), choices=Insurance.choices)
    smoking_measures = models.CharField(
        _("passive smoking measures"),
        max_length=200,
        blank=True,
        help_text=_("受動喫煙対策, e.g. 屋内禁煙."),
    )

    # Where
    area = models.ForeignKey(
        "listings.Area", verbose_name=_("area"), on_delete=models.PROTECT, related_name="postings"
    )
    address = models.CharField(_("workplace address"), max_length=200)
    access = models.CharField(_("access"), max_length=200, blank=True, help_text=_("Bus, parking."))
    welcome_tags = ParentalManyToManyField(
        "listings.WelcomeTag", verbose_name=_("welcome tags"), blank=True, related_name="postings"
    )

    # How to apply (at least one way; checked in clean())
    apply_email = models.EmailField(_("application e-mail"), blank=True)
    apply_phone = models.CharField(_("application phone"), max_length=20, blank=True)
    apply_url = models.URLField(_("application URL"), blank=True)
    apply_note = models.TextField(
        _("how to apply"), max_length=1000, blank=True, help_text=_("Steps, documents, times.")
    )
    contact_person = models.CharField(_("contact person"), max_length=60, blank=True)
    valid_through = models.DateField(
        _("application deadline"), help_text=_("The posting leaves the site after this day.")
    )

    # Private and administrative
    submitter_email = models.EmailField(
        _("submitter e-mail"), help_text=_("Private: for the management link. Never shown.")
    )
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.EDITORIAL
    )
    closed_reason = models.CharField(
        _("closed"), max_length=20, choices=ClosedReason.choices, default="", blank=True
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)
    uuid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    # One per submission form rendering: a resent or double-clicked POST finds the posting
    # it already made instead of making a second one.
    submission_key = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = JobPostingQuerySet.as_manager()

    panels = [
        TitleFieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("employer"), FieldPanel("employer_name"), FieldPanel("contact_person")],
            heading=_("Employer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("employment_type"),
                FieldPanel("description"),
                FieldPanel("duties"),
                FieldPanel("requirements"),
            ],
            heading=_("The job"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wage_min"),
                FieldPanel("wage_max"),
                FieldPanel("wage_unit"),
                FieldPanel("wage_note"),
                FieldPanel("fixed_overtime"),
                FieldPanel("working_hours"),
                FieldPanel("holidays"),
                FieldPanel("annual_holidays"),
                FieldPanel("trial_period"),
                FieldPanel("insurance"),
                FieldPanel("smoking_measures"),
            ],
            heading=_("Pay and conditions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("area"),
                FieldPanel("address"),
                FieldPanel("access"),
                FieldPanel("welcome_tags", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("apply_email"),
                FieldPanel("apply_phone"),
                FieldPanel("apply_url"),
                FieldPanel("apply_note"),
                FieldPanel("valid_through"),
            ],
            heading=_("How to apply"),
        ),
        MultiFieldPanel(
            [FieldPanel("submitter_email"), FieldPanel("source"), FieldPanel("closed_reason")],
            heading=_("Private"),
        ),
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("employer_name"),
        index.SearchField("description"),
        index.SearchField("duties"),
        index.SearchField("requirements"),
        index.SearchField("address"),
        index.AutocompleteField("title"),
        index.SearchField("search_text"),
        index.FilterField("live"),
        index.FilterField("expire_at"),
        index.FilterField("closed_reason"),
        index.FilterField("category"),
        index.FilterField("area"),
    ]

    class Meta:
        ordering = ["-first_published_at", "-created_at"]
        verbose_name = _("job posting")
        verbose_name_plural = _("job postings")
        indexes = [models.Index(fields=["live", "closed_reason", "expire_at"])]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        both_wages = self.wage_min is not None and self.wage_max is not None
        if both_wages and self.wage_min > self.wage_max:
            errors["wage_max"] = _("The maximum wage must not be below the minimum.")
        if not (self.apply_email or self.apply_phone or self.apply_url):
            errors["apply_email"] = _("Give at least one way to apply: e-mail, phone or URL.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # The deadline decides when the posting leaves the site: the end of that day in
        # Asia/Tokyo. Keeping expire_at derived means renewals and edits cannot disagree.
        if self.valid_through:
            self.expire_at = end_of_day(self.valid_through)
        super().save(*args, **kwargs)

    @classmethod
    def get_indexed_objects(cls):
        # search_text reads the category's and the area's names: one query, not 2 a row.
        return super().get_indexed_objects().select_related("category", "area")

    def search_text(self):
        """Japanese split into words for the search index (home.japanese.analysis)."""
        names = [
            "title",
            "employer_name",
            "description",
            "duties",
            "requirements",
            "address",
            "access",
            "category_name",
            "area_name",
        ]
        return searchable_text(self, names)

    @property
    def category_name(self):
        return self.category.name if self.category_id else ""

    @property
    def area_name(self):
        return self.area.name if self.area_id else ""

    # What the public pages show

    @property
    def wage_display(self):
        return format_wage(self.wage_min, self.wage_max, self.wage_unit)

    @property
    def insurance_labels(self):
        return self._meta.get_field("insurance").labels(self.insurance)

    @property
    def updated_on(self):
        """情報更新日: when the public version last changed."""
        return self.last_published_at or self.updated_at

    def is_public(self, now=None):
        now = now or timezone.now()
        return (
            self.live
            and self.closed_reason == ClosedReason.OPEN
            and (self.expire_at is None or self.expire_at > now)
        )

    def has_ended(self, now=None):
        """Was public once and is gone for good (expired, filled, withdrawn)."""
        now = now or timezone.now()
        if self.first_published_at is None or self.is_public(now):
            return False
        expired = self.expired or (self.expire_at is not None and self.expire_at <= now)
        return expired or self.closed_reason != ClosedReason.OPEN

    # Correction and removal requests (home.commons.corrections): what the public can see now.

    @classmethod
    def correction_targets(cls):
        from listings.models.portal import PortalPage

        # Postings are seen through the portal: none are public while it is not.
        if not PortalPage.objects.live().public().exists():
            return cls.objects.none()
        return cls.objects.public()

    @property
    def full_title(self):
        """The title as lists and the search show it: the job and the employer."""
        return f"{self.title}（{self.employer_name}）"

    correction_title = full_title

    def correction_url(self, request=None):
        from listings.models.portal import PortalPage

        portal = PortalPage.objects.live().public().first()
        return portal.posting_full_url(self, request) if portal else ""

    def get_preview_template(self, request, mode_name):
        return "listings/posting_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"posting": self, "is_preview": True}

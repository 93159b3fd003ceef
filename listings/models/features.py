"""求人特集「氷見で働く。」: articles about employers, written and photographed by the team."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.models import BasePage, SectionIndexPage
from listings.blocks import FeatureStreamBlock, JobSummaryBlock
from listings.structured_data import feature_jobs_json_ld

FEATURES_PER_PAGE = 12


class FeatureIndexPage(SectionIndexPage):
    intro = models.TextField(
        _("introduction"), max_length=500, blank=True, help_text=_("Shown above the list.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    subpage_types = ["listings.JobFeaturePage"]
    items_per_page = FEATURES_PER_PAGE
    results_context_name = "features_page"

    class Meta:
        verbose_name = _("feature index page")

    def get_items(self):
        """Live, public features, newest first, with what a card needs in constant queries."""
        return (
            JobFeaturePage.objects.child_of(self)
            .live()
            .public()
            .select_related("employer", "listing_image", "listing_image__credit_person")
            .prefetch_related("listing_image__renditions")
            .order_by("-first_published_at", "-pk")
        )

    def filter_items(self, request, items):
        status = request.GET.get("status", "")
        if status in JobFeaturePage.Status.values:
            items = items.filter(recruiting_status=status)
        else:
            status = ""
        return items, {"current_status": status, "statuses": JobFeaturePage.Status.choices}


class JobFeaturePage(BasePage):
    class Status(models.TextChoices):
        OPEN = "open", _("recruiting")
        CLOSED = "closed", _("recruiting ended")

    employer = models.ForeignKey(
        "listings.Employer",
        verbose_name=_("employer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="features",
        help_text=_("The business this feature is about."),
    )
    writer = models.ForeignKey(
        "home.Person",
        verbose_name=_("writer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="written_features",
        help_text=_("Named in the byline."),
    )
    photographers = ParentalManyToManyField(
        "home.Person",
        verbose_name=_("photographers"),
        blank=True,
        related_name="photographed_features",
        limit_choices_to={"roles__slug": "photographer"},
        help_text=_("People with the photographer role."),
    )
    hero_image = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The large photo at the top."),
    )
    lead = models.TextField(_("lead"), max_length=400, help_text=_("The opening paragraph."))
    recruiting_status = models.CharField(
        _("recruiting status"),
        max_length=10,
        choices=Status.choices,
        default=Status.OPEN,
        help_text=_("Ended features stay readable but carry no job data for search engines."),
    )
    jobs = StreamField(
        [("job", JobSummaryBlock())],
        verbose_name=_("jobs on offer"),
        min_num=1,
        help_text=_("One summary for each job this feature recruits for."),
    )
    body = StreamField(FeatureStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("employer"),
                FieldPanel("writer"),
                FieldPanel("photographers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("recruiting_status"),
            ],
            heading=_("Employer, credits and status"),
        ),
        FieldPanel("hero_image"),
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("jobs"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("jobs"),
        index.RelatedFields("employer", [index.SearchField("name")]),
        index.FilterField("recruiting_status"),
    ]

    analyzed_fields = [*BasePage.analyzed_fields, "lead", "body", "jobs", "employer_name"]

    @classmethod
    def get_indexed_objects(cls):
        # search_text reads the employer's name: one query, not one more a page.
        return super().get_indexed_objects().select_related("employer")

    parent_page_types = ["listings.FeatureIndexPage"]
    subpage_types = []
    # Read with the page when its index routes to it (SectionIndexPage.route).
    route_select_related = (
        "listing_image__credit_person",
        "hero_image__credit_person",
        "social_image",
        "employer",
        "writer",
    )

    class Meta:
        verbose_name = _("recruiting feature")
        verbose_name_plural = _("recruiting features")

    @classmethod
    def correction_targets(cls):
        """What a correction request may be about (home.commons.corrections)."""
        return cls.objects.live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = feature_jobs_json_ld(self, self.get_full_url(request))
        return context

    @property
    def is_recruiting(self):
        return self.recruiting_status == self.Status.OPEN

    @property
    def feed_description(self):
        return self.listing_summary or self.lead

    @property
    def feed_date(self):
        return self.first_published_at or self.latest_revision_created_at

    @property
    def employer_name(self):
        return self.employer.name if self.employer_id else ""

    @property
    def feed_author(self):
        return self.writer.name if self.writer_id else None

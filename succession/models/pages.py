"""「氷見で継なぐ。」: stories of businesses that look for a successor.

A story is open (business and owner named) or an anonymous teaser in the ノンネームシート
style. An anonymous story never shows its identifying fields: not on its page, in cards,
feeds, search results or OGP tags. Those fields stay in the admin for the editors, and
clean() stops a title or summary from naming what the story hides.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import ArticleStreamBlock
from home.fields import MultipleChoiceField
from home.models import BasePage, SectionIndexPage
from home.public_forms.base import PublicFormPageMixin

from .choices import EmployeeBand, HandoverItem, Industry, RevenueBand, Status, Terms, Visibility

STORIES_PER_PAGE = 12
# Text that anyone can see, checked for names an anonymous story must not reveal.
PUBLIC_TEXT_FIELDS = [
    "title",
    "seo_title",
    "search_description",
    "listing_summary",
    "lead",
    "social_text",
    "successor_wanted",
]


class SuccessionIndexPage(SectionIndexPage):
    intro = models.TextField(
        _("introduction"), max_length=600, blank=True, help_text=_("Shown above the stories.")
    )
    inquiry_note = models.TextField(
        _("note on inquiries"),
        max_length=600,
        blank=True,
        help_text=_("How the editorial team passes inquiries on; shown on every story."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("inquiry_note")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    subpage_types = ["succession.SuccessionStoryPage"]
    items_per_page = STORIES_PER_PAGE
    results_context_name = "stories_page"

    class Meta:
        verbose_name = _("succession index page")

    def get_items(self):
        """Live, public stories in a constant number of queries; 成約 stories stay as
        success stories."""
        return (
            SuccessionStoryPage.objects.child_of(self)
            .live()
            .public()
            .select_related("area", "listing_image", "listing_image__credit_person")
            .prefetch_related("listing_image__renditions")
            .order_by("-first_published_at", "-pk")
        )

    def filter_items(self, request, items):
        filters = {}
        for name, choices in (("status", Status), ("industry", Industry)):
            value = request.GET.get(name, "")
            if value in choices.values:
                filters[name] = value
        area = request.GET.get("area", "")
        if area and len(area) <= 60:
            filters["area__slug"] = area
        return items.filter(**filters), {
            "statuses": Status.choices,
            "industries": Industry.choices,
            "areas": self.areas(items),  # from every story, not only the filtered ones
            "current": {key.removesuffix("__slug"): value for key, value in filters.items()},
            "filter_query": "&".join(f"{k.removesuffix('__slug')}={v}" for k, v in filters.items()),
        }

    def areas(self, stories):
        from django.apps import apps

        Area = apps.get_model("listings", "Area")
        return Area.objects.filter(succession_stories__in=stories).distinct().order_by("sort_order")


class SuccessionStoryPage(PublicFormPageMixin, BasePage):
    visibility = models.CharField(
        _("how the owner appears"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.ANONYMOUS,
        help_text=_(
            "Anonymous stories never show the business name, owner, address, "
            "employer or photos of the business."
        ),
    )
    business_name = models.CharField(_("business name"), max_length=100, blank=True)
    owner_name = models.CharField(_("owner's name"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    employer = models.ForeignKey(
        "listings.Employer",
        verbose_name=_("employer page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="succession_stories",
        help_text=_("Open stories link to the company page."),
    )
    hero_image = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("photo of the business"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown only on open stories."),
    )
    related_features = ParentalManyToManyField(
        "listings.JobFeaturePage",
        verbose_name=_("related features"),
        blank=True,
        related_name="succession_stories",
        help_text=_("Shown only on open stories."),
    )

    industry = models.CharField(_("industry"), max_length=20, choices=Industry.choices)
    area = models.ForeignKey(
        "listings.Area",
        verbose_name=_("area"),
        on_delete=models.PROTECT,
        related_name="succession_stories",
    )
    year_founded = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    reason = models.TextField(
        _("reason for handing over"),
        max_length=600,
        help_text=_("譲渡理由, e.g. the owner's age and no one in the family."),
    )
    handover_items = MultipleChoiceField(_("what is handed over"), choices=HandoverItem.choices)
    terms = models.CharField(
        _("terms"), max_length=20, choices=Terms.choices, default=Terms.NEGOTIABLE
    )
    revenue_band = models.CharField(
        _("annual sales"),
        max_length=20,
        choices=RevenueBand.choices,
        default=RevenueBand.UNDISCLOSED,
    )
    employee_band = models.CharField(
        _("employees"), max_length=20, choices=EmployeeBand.choices, default=EmployeeBand.OWNER_ONLY
    )
    successor_wanted = models.TextField(_("the successor wanted"), max_length=800)
    timing = models.CharField(
        _("desired timing"), max_length=100, blank=True, help_text=_("e.g. 2027年春までに")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SEEKING
    )
    negotiation_started_on = models.DateField(_("negotiation started"), null=True, blank=True)
    concluded_on = models.DateField(_("concluded on"), null=True, blank=True, help_text=_("成約日"))
    lead = models.TextField(_("lead"), max_length=400, help_text=_("The opening paragraph."))
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("visibility"),
                FieldPanel("business_name"),
                FieldPanel("owner_name"),
                FieldPanel("address"),
                FieldPanel("employer"),
                FieldPanel("hero_image"),
                FieldPanel("related_features"),
            ],
            heading=_("Who (open stories only)"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("industry"), FieldPanel("area")]),
                FieldPanel("year_founded"),
                FieldPanel("reason"),
                FieldPanel("handover_items"),
                FieldPanel("terms"),
                FieldRowPanel([FieldPanel("revenue_band"), FieldPanel("employee_band")]),
                FieldPanel("successor_wanted"),
                FieldPanel("timing"),
            ],
            heading=_("The business and the handover"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("negotiation_started_on"),
                FieldPanel("concluded_on"),
            ],
            heading=_("Status"),
        ),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("successor_wanted"),
        index.SearchField("identifying_text"),
        index.FilterField("status"),
        index.FilterField("industry"),
    ]

    # identifying_text is empty for anonymous stories, so their names are never indexed.
    analyzed_fields = [
        *BasePage.analyzed_fields,
        "lead",
        "body",
        "reason",
        "successor_wanted",
        "identifying_text",
    ]

    parent_page_types = ["succession.SuccessionIndexPage"]
    subpage_types = []
    # Read with the page when its index routes to it (SectionIndexPage.route).
    route_select_related = (
        "listing_image__credit_person",
        "hero_image__credit_person",
        "social_image",
        "employer",
        "area",
    )

    class Meta:
        verbose_name = _("succession story")
        verbose_name_plural = _("succession stories")

    @classmethod
    def correction_targets(cls):
        """What a correction request may be about (home.commons.corrections); the request copies
        the public title, which never names an anonymous story's business or owner."""
        return cls.objects.live().public()

    @property
    def is_open(self):
        return self.visibility == Visibility.OPEN

    @property
    def is_seeking(self):
        return self.status == Status.SEEKING

    def identifying_text(self):
        """Names that search may find, only for open stories."""
        return " ".join(filter(None, [self.business_name, self.owner_name])) if self.is_open else ""

    @property
    def og_image(self):
        return super().og_image if self.is_open else None

    @property
    def card_image(self):
        return self.listing_image if self.is_open else None

    @property
    def founded_label(self):
        """「1956年創業」, the way the year is written on signs and in print; "" if unknown."""
        if not self.year_founded:
            return ""
        return gettext("Founded in %(year)s") % {"year": self.year_founded}

    @property
    def handover_labels(self):
        return self._meta.get_field("handover_items").labels(self.handover_items)

    @property
    def feed_description(self):
        return self.listing_summary or self.lead

    @property
    def feed_date(self):
        return self.first_published_at or self.latest_revision_created_at

    # The inquiry form (home.public_forms.base): shown, and taken, while the story seeks a
    # successor; 確認 is skipped, the form is short and checked beside each field.
    form_anchor = "inquiry"

    def get_form_class(self):
        from succession.forms import InquiryForm

        return InquiryForm

    def form_valid(self, request, form, submission_key):
        from succession.services import receive_inquiry

        receive_inquiry(form, self, submission_key, request)

    def serve(self, request, *args, **kwargs):
        if not self.is_seeking:
            return BasePage.serve(self, request, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def clean(self):
        super().clean()
        if self.is_open:
            return
        secrets = [value for value in (self.business_name, self.owner_name) if value]
        errors = {}
        for name in PUBLIC_TEXT_FIELDS:
            text = getattr(self, name, "") or ""
            if any(secret in text for secret in secrets):
                errors[name] = _("An anonymous story must not name the business or its owner.")
        if errors:
            raise ValidationError(errors)

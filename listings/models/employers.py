"""Employers: the businesses behind features and postings, with a public company page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from home.commons.models import supporters
from home.japanese.analysis import searchable_text


class Employer(DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100, help_text=_("The business name."))
    kana = models.CharField(
        _("reading (kana)"), max_length=100, blank=True, help_text=_("Reading in katakana.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("The company page address: /portal/employers/<slug>/ (letters, digits, -)."),
    )
    industry = models.CharField(
        _("industry"), max_length=60, blank=True, help_text=_("業種, e.g. 漁業, 宿泊業, 製造業.")
    )
    area = models.ForeignKey(
        "listings.Area",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="employers",
        help_text=_("Where the business is."),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(
        _("description"), max_length=2000, blank=True, help_text=_("What the business does.")
    )
    public_email = models.EmailField(
        _("e-mail for applications"), blank=True, help_text=_("Shown on the company page.")
    )
    public_phone = models.CharField(
        _("phone for applications"), max_length=20, blank=True, help_text=_("Shown publicly.")
    )
    supporter = models.ForeignKey(
        "home.Supporter",
        verbose_name=_("supporter record"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="employers",
        limit_choices_to=supporters.LISTED,
        help_text=_("If the business is an approved supporter, the company page shows a badge."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kana"),
        FieldPanel("slug"),
        FieldPanel("industry"),
        FieldPanel("area"),
        FieldPanel("address"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("public_email"), FieldPanel("public_phone")],
            heading=_("Public contact for applications"),
        ),
        FieldPanel("supporter"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("kana"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.SearchField("search_text"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["kana", "name"]
        verbose_name = _("employer")
        verbose_name_plural = _("employers")

    def __str__(self):
        return self.name

    def search_text(self):
        return searchable_text(self, ["name", "kana", "industry", "description"])

    def get_preview_template(self, request, mode_name):
        return "listings/employer_page.html"

    def get_preview_context(self, request, mode_name):
        return {"employer": self, "postings": [], "features": []}

"""The home page and plain pages (about, privacy, terms)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import ArticleStreamBlock
from home.commons.blocks import StandardPageStreamBlock

from .mixins import BasePage
from .routing import typed_child


class HomePage(BasePage):
    """The front page. Its section lists come from each section's template tags."""

    hero_title = models.CharField(
        _("hero title"), max_length=80, blank=True, help_text=_("The large line at the top.")
    )
    hero_text = models.TextField(
        _("hero text"), max_length=300, blank=True, help_text=_("A few sentences under it.")
    )
    hero_image = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photo of Himi."),
    )
    body = StreamField(
        ArticleStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Optional text below the section lists."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    analyzed_fields = [*BasePage.analyzed_fields, "hero_title", "hero_text", "body"]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def route(self, request, path_components):
        """Sections and plain pages as their own class with their images, in two queries
        (home.models.routing); Wagtail's route then goes on from the child as usual."""
        if path_components:
            child = typed_child(self, path_components[0])
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """About, privacy policy, terms: text pages that editors write."""

    lead = models.TextField(
        _("lead"), max_length=400, blank=True, help_text=_("An introduction in bold type.")
    )
    body = StreamField(StandardPageStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
    ]

    analyzed_fields = [*BasePage.analyzed_fields, "lead", "body"]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

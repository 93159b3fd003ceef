"""Small field mixins that every page is built from (STYLE.md 3)."""

from django.db import models
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from home.caching import public_unless_session
from home.japanese.analysis import searchable_text

from .visibility import PublicPageManager


class ListingFields(models.Model):
    """How a page looks as a card in lists and search results."""

    listing_image = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards in lists. Landscape, 3:2 works best."),
    )
    listing_summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for cards and the meta description."),
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary")],
            heading=_("Listing"),
        )
    ]

    class Meta:
        abstract = True


class SocialFields(models.Model):
    """What a page shows when shared on SNS (OGP and Twitter cards)."""

    social_image = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For SNS shares. Falls back to the listing image."),
    )
    social_text = models.CharField(
        _("social text"),
        max_length=200,
        blank=True,
        help_text=_("For SNS shares. Falls back to the summary."),
    )

    promote_social_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Social media"),
        )
    ]

    class Meta:
        abstract = True


@method_decorator(public_unless_session(max_age=60), name="serve")
class BasePage(ListingFields, SocialFields, Page):
    """The page every page type of ours derives from."""

    # What the page's template reads from other tables, loaded with the page when its
    # parent routes to it (home.models.routing): the share image and the card's image.
    route_select_related = ("listing_image__credit_person", "social_image")

    menu_title = models.CharField(
        _("menu title"),
        max_length=20,
        blank=True,
        help_text=_("A short name for the header menu, e.g. 「求人特集」. Defaults to the title."),
    )

    # public() reads the view restrictions once from the cache (home.models.visibility).
    objects = PublicPageManager()

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("menu_title"),
        *ListingFields.listing_panels,
        *SocialFields.promote_social_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
        # Japanese split into words (home.japanese.analysis); each page type names its fields.
        index.SearchField("search_text"),
    ]
    analyzed_fields = ["title", "search_description", "listing_summary"]

    class Meta:
        abstract = True

    def search_text(self):
        return searchable_text(self, self.analyzed_fields)

    @property
    def menu_label(self):
        return self.menu_title or self.title

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary

    @property
    def og_image(self):
        return self.social_image or self.listing_image

    @property
    def og_description(self):
        return self.social_text or self.meta_description

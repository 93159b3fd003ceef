"""コラム「『働く』を考える。」: essays about work, by named authors."""

import datetime
from urllib.parse import urlencode

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import ArticleStreamBlock
from home.japanese.text import clean_query_text
from home.models import BasePage, SectionIndexPage

COLUMNS_PER_PAGE = 12
RELATED_COUNT = 3


class ColumnTag(TaggedItemBase):
    """A theme (テーマ) of a column; themes are ordinary taggit tags."""

    content_object = ParentalKey(
        "columns.ColumnPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ColumnIndexPage(SectionIndexPage):
    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("What the column series is about, above the list."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    subpage_types = ["columns.ColumnPage"]
    items_per_page = COLUMNS_PER_PAGE
    results_context_name = "columns_page"

    class Meta:
        verbose_name = _("column index page")

    def get_items(self):
        """Live, public columns, newest first, with what a card needs in a constant
        number of queries (author, image, its credit and its renditions)."""
        return (
            ColumnPage.objects.child_of(self)
            .live()
            .public()
            .select_related("author", "listing_image", "listing_image__credit_person")
            .prefetch_related("listing_image__renditions")
            .order_by("-date", "-pk")
        )

    def themes(self, columns):
        """Themes used by at least one of `columns`, for the filter."""
        return (
            ColumnTag.tag_model()
            .objects.filter(columns_columntag_items__content_object__in=columns)
            .distinct()
            .order_by("name")
        )

    def filter_items(self, request, items):
        theme = clean_query_text(request.GET.get("theme", ""))
        context = {
            "themes": self.themes(items),  # from every column, not only the filtered ones
            "current_theme": theme,
            "filter_query": urlencode({"theme": theme}) if theme else "",
        }
        return (items.filter(tags__name=theme) if theme else items), context


class ColumnPage(BasePage):
    author = models.ForeignKey(
        "home.Person",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="columns",
        help_text=_("The writer named in the byline."),
    )
    photographers = ParentalManyToManyField(
        "home.Person",
        verbose_name=_("photographers"),
        blank=True,
        related_name="photographed_columns",
        limit_choices_to={"roles__slug": "photographer"},
        help_text=_("Credited at the end of the column. People with the photographer role."),
    )
    date = models.DateField(
        _("publication date"),
        default=datetime.date.today,
        help_text=_("The date printed on the column."),
    )
    lead = models.TextField(
        _("lead"), max_length=400, help_text=_("The opening paragraph, shown in bold.")
    )
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(
        through=ColumnTag,
        blank=True,
        verbose_name=_("themes"),
        help_text=_("Themes such as 移住, 子育て, 漁業. Readers filter by them."),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldPanel("photographers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("date"),
                FieldPanel("tags"),
            ],
            heading=_("Credits and themes"),
        ),
        FieldPanel("lead"),
        FieldPanel("body"),
        InlinePanel(
            "related_links",
            label=_("Related columns"),
            max_num=RELATED_COUNT,
            help_text=_("Leave empty to show recent columns on the same themes."),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields("author", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    analyzed_fields = [*BasePage.analyzed_fields, "lead", "body", "feed_author"]

    @classmethod
    def get_indexed_objects(cls):
        # search_text reads the author's name: one query, not one more a column.
        return super().get_indexed_objects().select_related("author")

    parent_page_types = ["columns.ColumnIndexPage"]
    subpage_types = []
    # Read with the page when its index routes to it (SectionIndexPage.route).
    route_select_related = ("listing_image__credit_person", "social_image", "author")

    class Meta:
        verbose_name = _("column")
        verbose_name_plural = _("columns")

    @property
    def feed_description(self):
        return self.listing_summary or self.lead

    @property
    def feed_date(self):
        moment = datetime.datetime.combine(self.date, datetime.time(9))
        return timezone.make_aware(moment)

    @property
    def feed_author(self):
        return self.author.name if self.author_id else None

    def related_columns(self):
        """Chosen related columns, or else the latest live ones that share a theme."""
        # Cards as on the index: image, credit, author and renditions in a fixed number of
        # queries, not a few more per card.
        links = self.related_links.select_related(
            "column__listing_image__credit_person", "column__author"
        ).prefetch_related("column__listing_image__renditions")
        chosen = [link.column for link in links if link.column.live]
        if chosen:
            return chosen
        themes = self.tags.values_list("pk", flat=True)
        return list(
            ColumnPage.objects.live()
            .public()
            .filter(tags__in=themes)
            .exclude(pk=self.pk)
            .select_related("listing_image__credit_person", "author")
            .prefetch_related("listing_image__renditions")
            .distinct()
            .order_by("-date")[:RELATED_COUNT]
        )


class RelatedColumn(Orderable):
    page = ParentalKey(ColumnPage, on_delete=models.CASCADE, related_name="related_links")
    column = models.ForeignKey(
        "columns.ColumnPage",
        verbose_name=_("column"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("column")]

    class Meta(Orderable.Meta):
        verbose_name = _("related column")

"""The transparency page: how the site is run, in figures computed from the data."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from home.commons.transparency import get_snapshot
from home.models.mixins import BasePage


class TransparencyPage(BasePage):
    intro = RichTextField(
        _("introduction"),
        features=["bold", "link", "ul", "ol"],
        blank=True,
        help_text=_("Why these figures are published and how to read them."),
    )
    months = models.PositiveSmallIntegerField(
        _("months shown"),
        default=12,
        help_text=_("How many months back the monthly figures go."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("months")]
    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("transparency page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["snapshot"] = get_snapshot(self.months)
        return context

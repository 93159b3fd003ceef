"""Site-wide chrome that editors change without a deploy (STYLE.md 11), and the one figure
the posting form checks against: Toyama's minimum wage (listings.minimum_wage)."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# 厚生労働省「地域別最低賃金の全国一覧」: the rule, and each prefecture's current figure.
MINIMUM_WAGE_RULE_URL = (
    "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/"
)
# Toyama's figure as last known here, so that a new installation checks wages from day one
# (a figure that is out of date only ever lets too much through, never refuses a fair wage).
TOYAMA_MINIMUM_WAGE = 1062
TOYAMA_MINIMUM_WAGE_SINCE = datetime.date(2025, 10, 12)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(
        _("site name"),
        max_length=60,
        default="氷見のしごとコモンズ",
        help_text=_("Shown in the header and page titles."),
    )
    tagline = models.CharField(
        _("tagline"), max_length=120, blank=True, help_text=_("A short line under the site name.")
    )
    contact_email = models.EmailField(
        _("contact address"), blank=True, help_text=_("Public address shown in the footer.")
    )
    editorial_email = models.EmailField(
        _("editorial address"),
        blank=True,
        help_text=_("Receives mail from the site's forms. Never shown to the public."),
    )
    x_url = models.URLField(_("X (Twitter)"), blank=True, help_text=_("Full URL of the account."))
    instagram_url = models.URLField(_("Instagram"), blank=True, help_text=_("Full URL."))
    facebook_url = models.URLField(_("Facebook"), blank=True, help_text=_("Full URL."))
    line_url = models.URLField(_("LINE"), blank=True, help_text=_("Full URL."))
    footer_note = models.CharField(
        _("footer note"),
        max_length=200,
        blank=True,
        help_text=_("A line in the footer, e.g. who runs the site."),
    )
    minimum_wage_hourly = models.PositiveIntegerField(
        _("minimum hourly wage (yen)"),
        default=TOYAMA_MINIMUM_WAGE,
        null=True,
        blank=True,
        help_text=_(
            "Toyama's regional minimum wage. Postings sent through the public form below it "
            "are refused with this figure. It changes every October: update it and the date "
            "below when the new figure is announced. Empty: no check."
        ),
    )
    minimum_wage_since = models.DateField(
        _("minimum wage effective from"),
        default=TOYAMA_MINIMUM_WAGE_SINCE,
        null=True,
        blank=True,
        help_text=_("The day the figure above took effect, e.g. 2025-10-12. Shown with it."),
    )
    minimum_wage_url = models.URLField(
        _("minimum wage rule"),
        default=MINIMUM_WAGE_RULE_URL,
        help_text=_("Linked from the message: where the figure comes from."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("tagline"), FieldPanel("footer_note")],
            heading=_("Site"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("editorial_email")], heading=_("Mail")
        ),
        MultiFieldPanel(
            [
                FieldPanel("x_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("line_url"),
            ],
            heading=_("Social media"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("minimum_wage_hourly"),
                FieldPanel("minimum_wage_since"),
                FieldPanel("minimum_wage_url"),
            ],
            heading=_("Minimum wage"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        """(label, url) pairs for the footer, only those that are set."""
        links = [
            ("X", self.x_url),
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("LINE", self.line_url),
        ]
        return [(label, url) for label, url in links if url]

"""Site-wide chrome that editors change without a deploy (STYLE.md 11)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


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

"""The organisations that run the site together (産官民), and which of them each staff
member belongs to, so that the transparency page can show how decisions are shared."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class Sector(models.TextChoices):
    INDUSTRY = "industry", _("Industry (産)")
    GOVERNMENT = "government", _("Government (官)")
    CITIZENS = "citizens", _("Citizens (民)")


class PartnerOrganization(ClusterableModel):
    name = models.CharField(_("name"), max_length=100, unique=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    role = models.CharField(
        _("role in the site"),
        max_length=200,
        help_text=_("What the organisation does here, e.g. 求人の掲載審査、取材・執筆."),
    )
    description = models.TextField(
        _("description"), max_length=600, blank=True, help_text=_("A few sentences.")
    )
    since = models.DateField(_("partner since"), help_text=_("When it joined."))
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown small on the about page; the name is shown without one."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers first within a sector.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("sector"), FieldPanel("role"), FieldPanel("since")],
            heading=_("Organisation"),
        ),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
        InlinePanel(
            "members",
            label=_("Staff members"),
            help_text=_("Admin users who act for this organisation (one organisation each)."),
        ),
    ]

    class Meta:
        ordering = ["sector", "sort_order", "name"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self):
        return self.name


class StaffMembership(Orderable):
    """A staff user's organisation: the small profile the transparency figures read."""

    organization = ParentalKey(
        PartnerOrganization, on_delete=models.CASCADE, related_name="members"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="partner_membership",
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("staff member")
        verbose_name_plural = _("staff members")

    def __str__(self):
        return f"{self.user} ({self.organization})"

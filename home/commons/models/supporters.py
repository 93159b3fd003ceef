"""Supporters: people and organisations who apply to back the site. Staff approve or
decline each application; approved ones who agreed are listed on the supporters page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from home.fields import MultipleChoiceField
from home.models.mixins import BasePage
from home.models.settings import SiteSettings
from home.public_forms.base import PublicFormPageMixin
from home.public_forms.records import InboundRecord


class SupporterKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    ORGANIZATION = "organization", _("Organisation")


class SupporterStatus(models.TextChoices):
    NEW = "new", _("New")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


SUPPORT_KINDS = [
    ("donation", _("Donation")),
    ("sns", _("Sharing on social media")),
    ("banner", _("Banner or link on our site")),
    ("reporting", _("Help with reporting")),
    ("other", _("Other")),
]


# Approved supporters who agreed to be named on the site (also what an employer may link).
LISTED = {"status": SupporterStatus.APPROVED, "consent_listing": True}


class SupporterQuerySet(models.QuerySet):
    def listed(self):
        """Approved supporters who agreed to be named on the site."""
        return self.filter(**LISTED)


class Supporter(InboundRecord):
    kind = models.CharField(
        _("individual or organisation"), max_length=20, choices=SupporterKind.choices
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("As it would be listed on the site.")
    )
    kana = models.CharField(_("reading (kana)"), max_length=100)
    email = models.EmailField(_("e-mail"))
    support_kinds = MultipleChoiceField(_("kinds of support"), choices=SUPPORT_KINDS, blank=False)
    url = models.URLField(_("website"), blank=True, help_text=_("Linked from the list."))
    message = models.TextField(_("message"), max_length=1000, blank=True)
    consent_listing = models.BooleanField(_("may be listed publicly"), default=False)
    logo = models.ForeignKey(
        "home.CreditedImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staff add it after approval; the list shows an initial without one."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SupporterStatus.choices, default=SupporterStatus.NEW
    )

    objects = SupporterQuerySet.as_manager()

    class Meta(InboundRecord.Meta):
        verbose_name = _("supporter")
        verbose_name_plural = _("supporters")

    def __str__(self):
        return self.name

    @property
    def is_listed(self):
        return self.status == SupporterStatus.APPROVED and self.consent_listing

    @property
    def initial(self):
        return self.name.strip()[:1]

    def get_support_kinds_display(self):
        """The kinds of support as words (the admin's inspect view and the mails use it)."""
        return "、".join(str(label) for label in self.support_kind_labels())

    def support_kind_labels(self):
        return self._meta.get_field("support_kinds").labels(self.support_kinds)

    @property
    def list_url(self):
        """The address of the supporters page, for the badge on a company page."""
        page = SupportersPage.objects.live().public().first()
        return page.url if page else ""


class SupportersPage(PublicFormPageMixin, BasePage):
    """The supporters' list, the application form and the banner kit."""

    intro = RichTextField(
        _("introduction"),
        features=["bold", "link", "ul", "ol"],
        blank=True,
        help_text=_("What supporting the site means and what it pays for."),
    )
    thank_you = RichTextField(
        _("thank-you text"),
        features=["bold", "link", "ul", "ol"],
        help_text=_("Shown after applying: what happens next."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]
    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("supporters page")

    def get_form_class(self):
        from home.commons.supporter_forms import SupporterForm

        return SupporterForm

    def form_valid(self, request, form, submission_key):
        from home.commons.supporters import receive_application

        receive_application(form, submission_key, request)

    def listed_supporters(self):
        """Approved supporters who agreed to be listed, in the order of their reading."""
        return (
            Supporter.objects.listed()
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .order_by("kana", "name", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        from home.commons.supporters import banner_kit

        context = super().get_context(request, *args, **kwargs)
        site_name = SiteSettings.for_request(request).site_name
        context["supporters"] = self.listed_supporters()
        context["banners"] = banner_kit(request, site_name)
        return context

"""Requests to correct or remove published information (職業安定法, 2022 amendment: sites
carrying job information must act on such requests). A request is a record for staff to
work on; it never changes public content by itself."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from home.models.mixins import BasePage
from home.public_forms.base import PublicFormPageMixin
from home.public_forms.records import InboundRecord


class CorrectionReason(models.TextChoices):
    INACCURATE = "inaccurate", _("Something is wrong or out of date")
    ENDED = "ended", _("The job has been filled or has ended")
    PERSONAL = "personal", _("Personal information or rights are infringed")
    UNLAWFUL = "unlawful", _("Unlawful or inappropriate content")
    OTHER = "other", _("Other")


class CorrectionStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    RESOLVED = "resolved", _("Resolved")
    NO_ACTION = "no_action", _("No action needed")


CLOSED_CORRECTION_STATUSES = (CorrectionStatus.RESOLVED, CorrectionStatus.NO_ACTION)


class CorrectionRequest(InboundRecord):
    # What the request is about: a posting, a feature article, a succession story. The
    # title and address are copied, so the record still says what it was about after the
    # content is changed or deleted.
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("kind of content"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    object_id = models.PositiveBigIntegerField(_("content ID"), null=True)
    target = GenericForeignKey("content_type", "object_id")
    target_title = models.CharField(_("about"), max_length=255)
    target_url = models.CharField(_("address"), max_length=500)
    reason = models.CharField(_("request"), max_length=20, choices=CorrectionReason.choices)
    details = models.TextField(
        _("what is wrong"), max_length=2000, help_text=_("Which part, and what it should say.")
    )
    contact_name = models.CharField(_("name"), max_length=100, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CorrectionStatus.choices,
        default=CorrectionStatus.RECEIVED,
    )

    class Meta(InboundRecord.Meta):
        verbose_name = _("correction request")
        verbose_name_plural = _("correction requests")

    def __str__(self):
        return f"{self.target_title} — {self.get_reason_display()}"


class CorrectionRequestPage(PublicFormPageMixin, BasePage):
    """The form behind every 「情報の訂正・削除を依頼」 link. The link names its target in
    `?target=` (home.commons.corrections); a target that cannot be resolved is never shown, and
    the form then asks what the request is about."""

    intro = RichTextField(
        _("introduction"),
        features=["bold", "link", "ul", "ol"],
        blank=True,
        help_text=_("Who handles requests, how fast, and what happens next."),
    )
    thank_you = RichTextField(
        _("thank-you text"),
        features=["bold", "link", "ul", "ol"],
        help_text=_("Shown after sending."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("thank_you")]
    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("correction request page")

    def correction_target(self, request):
        """(resolved Target or None, whether a target was asked for), once per request."""
        from home.commons.corrections import resolve_target

        if not hasattr(request, "_correction_target"):
            value = request.GET.get("target", "")
            request._correction_target = (resolve_target(value, request), bool(value.strip()))
        return request._correction_target

    def get_form_class(self):
        from home.commons.correction_forms import CorrectionRequestForm

        return CorrectionRequestForm

    def get_form_kwargs(self, request):
        return {"target": self.correction_target(request)[0]}

    def form_valid(self, request, form, submission_key):
        from home.commons.corrections import receive_request

        receive_request(form, form.target, submission_key, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        target, asked = self.correction_target(request)
        context["correction_target"] = target
        context["target_unknown"] = asked and target is None
        return context

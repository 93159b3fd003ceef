"""Inquiries about a story: records that the editorial team processes and passes on.

Owners' contacts are never public; seekers write to the team, which mediates. Every status
change is kept in the audit log with who made it and when (home.public_forms.records), so
no inquiry is dropped silently, and personal data in closed inquiries can be purged after a
retention period (`purge_inquiries`).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import ModelLogEntry

from home.public_forms.records import InboundRecord


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    INTRODUCED = "introduced", _("Introduced to the owner")
    DECLINED = "declined", _("Declined")
    CONCLUDED = "concluded", _("Concluded")


CLOSED_STATUSES = (InquiryStatus.DECLINED, InquiryStatus.CONCLUDED)


class InquirerType(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    COMPANY = "company", _("Company")


PURGED = "（削除済み）"


class SuccessionInquiry(InboundRecord):
    story = models.ForeignKey(
        "succession.SuccessionStoryPage",
        verbose_name=_("story"),
        on_delete=models.PROTECT,
        related_name="inquiries",
    )
    name = models.CharField(_("name"), max_length=100)
    kana = models.CharField(_("reading (kana)"), max_length=100)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    inquirer_type = models.CharField(
        _("individual or company"), max_length=20, choices=InquirerType.choices
    )
    background = models.TextField(
        _("about you"), max_length=1000, help_text=_("Your work so far, or your company.")
    )
    hope = models.TextField(_("what you hope to do"), max_length=2000)
    consent = models.BooleanField(_("agreed to the privacy policy"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=InquiryStatus.choices, default=InquiryStatus.NEW
    )
    # Only the editorial team sees inquiries, and the help text says so.
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Only the editorial team sees these.")
    )
    purged_at = models.DateTimeField(
        _("personal data purged"), null=True, blank=True, editable=False
    )

    class Meta(InboundRecord.Meta):
        verbose_name = _("succession inquiry")
        verbose_name_plural = _("succession inquiries")

    def __str__(self):
        return f"{self.story.title} — {self.name}"

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    def purge_personal_data(self):
        self.name = self.kana = PURGED
        self.email = "purged@invalid"
        self.phone = ""
        self.background = self.hope = PURGED
        self.staff_notes = ""
        self.purged_at = timezone.now()
        self.save()
        # Each log entry keeps the title the record had then, which names the inquirer.
        ModelLogEntry.objects.for_instance(self).update(label=str(self))


@receiver(post_delete, sender=SuccessionInquiry)
def forget_the_inquirer_in_the_log(sender, instance, **kwargs):
    """An inquiry deleted in the admin leaves its log entries (Wagtail's 「削除」 among them),
    each titled with the inquirer's name: the name goes with the record."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(SuccessionInquiry),
        object_id=str(instance.pk),
    ).update(label=f"#{instance.pk} — {PURGED}")  # the story may be going too

"""Inquiries about a story: records that the editorial team processes and passes on.

Owners' contacts are never public; seekers write to the team, which mediates. Every status
change is kept with who made it and when, so no inquiry is dropped silently, and personal
data in closed inquiries can be purged after a retention period (`purge_inquiries`).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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


class SuccessionInquiry(models.Model):
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
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Only the editorial team sees these.")
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    status_changed_at = models.DateTimeField(
        _("status changed"), default=timezone.now, editable=False
    )
    purged_at = models.DateTimeField(
        _("personal data purged"), null=True, blank=True, editable=False
    )
    submission_key = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("succession inquiry")
        verbose_name_plural = _("succession inquiries")

    def __str__(self):
        return f"{self.story.title} — {self.name}"

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    def change_status(self, new_status, user=None, note=""):
        """Set the status and keep the change in the history (who, when, from, to)."""
        if new_status == self.status:
            return None
        change = InquiryStatusChange.objects.create(
            inquiry=self,
            old_status=self.status,
            new_status=new_status,
            changed_by=user,
            note=note,
        )
        self.status = new_status
        self.status_changed_at = change.changed_at
        self.save(update_fields=["status", "status_changed_at"])
        return change

    def purge_personal_data(self):
        self.name = self.kana = PURGED
        self.email = "purged@invalid"
        self.phone = ""
        self.background = self.hope = PURGED
        self.staff_notes = ""
        self.purged_at = timezone.now()
        self.save()


class InquiryStatusChange(models.Model):
    inquiry = models.ForeignKey(
        SuccessionInquiry, on_delete=models.CASCADE, related_name="status_changes"
    )
    old_status = models.CharField(max_length=20, choices=InquiryStatus.choices)
    new_status = models.CharField(max_length=20, choices=InquiryStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.old_status} → {self.new_status}"

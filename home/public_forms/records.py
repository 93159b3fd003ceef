"""What every record that the public sends and staff process has in common (supporter
applications, correction requests): a status whose every change is kept with who made it
and when, staff notes, and the form's submission key so that a form sent twice is stored
once."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class StatusChange(models.Model):
    """One change of an inbound record's status."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    old_status = models.CharField(_("from"), max_length=20)
    new_status = models.CharField(_("to"), max_length=20)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.old_status} → {self.new_status}"

    def _label(self, value):
        choices = dict(self.record._meta.get_field("status").choices) if self.record else {}
        return choices.get(value, value)

    def old_label(self):
        return self._label(self.old_status)

    def new_label(self):
        return self._label(self.new_status)


class InboundRecord(models.Model):
    """Subclasses add their fields and a `status` field with its choices and default."""

    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Only staff see these.")
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    status_changed_at = models.DateTimeField(
        _("status changed"), default=timezone.now, editable=False
    )
    submission_key = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    status_changes = GenericRelation(StatusChange)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def change_status(self, new_status, user=None, note=""):
        """Set the status and keep the change in the history (who, when, from, to)."""
        if new_status == self.status:
            return None
        change = StatusChange.objects.create(
            record=self, old_status=self.status, new_status=new_status, changed_by=user, note=note
        )
        self.status = new_status
        self.status_changed_at = change.changed_at
        self.save(update_fields=["status", "status_changed_at"])
        return change

"""What every record the public sends and staff process has in common (supporter applications,
correction requests, succession inquiries): a status whose every change is kept in Wagtail's
audit log with who made it and when, staff notes, and the form's submission key so that a
form sent twice is stored once."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

# The audit-log action of a status change; its data is {"old": …, "new": …, "note": …}.
# Registered with its message in home/public_forms/records_admin.py. The data migrations
# home 0011 and succession 0004 write the same literal: change it only with a migration.
STATUS_ACTION = "himi.status"


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

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def change_status(self, new_status, user=None, note=""):
        """Set the status and log the change (who, when, from, to, why); the log entry, or
        None when the status is already `new_status`."""
        if new_status == self.status:
            return None
        entry = log(
            self,
            STATUS_ACTION,
            user=user,
            data={"old": self.status, "new": new_status, "note": note},
        )
        self.status = new_status
        self.status_changed_at = entry.timestamp
        self.save(update_fields=["status", "status_changed_at"])
        return entry

    @property
    def status_changes(self):
        """This record's status changes in the audit log, oldest first."""
        return (
            ModelLogEntry.objects.for_instance(self)
            .filter(action=STATUS_ACTION)
            .order_by("timestamp", "pk")
        )

    def admin_url(self):
        """The full address of this record's edit view in the admin (for mails)."""
        # Imported here: the mail module loads the admin, which must not load with models.
        from home.public_forms.mail import admin_edit_url

        return admin_edit_url(self)

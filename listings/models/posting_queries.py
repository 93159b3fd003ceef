"""What a posting can be (insurance, source, why it closed) and how postings are queried:
what the public may see now, what has ended, what waits in moderation."""

import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Insurance(models.TextChoices):
    EMPLOYMENT = "employment", _("employment insurance")
    WORKERS_COMPENSATION = "workers_comp", _("workers' accident compensation")
    HEALTH = "health", _("health insurance")
    PENSION = "pension", _("employees' pension")


class Source(models.TextChoices):
    FORM = "form", _("submission form")
    EDITORIAL = "editorial", _("editorial team")
    IMPORT = "import", _("import")


class ClosedReason(models.TextChoices):
    OPEN = "", _("open")
    FILLED = "filled", _("filled")
    WITHDRAWN = "withdrawn", _("withdrawn")


def end_of_day(day):
    """The last moment of `day` in the site's time zone (Asia/Tokyo), as an aware datetime."""
    start_next = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(start_next) - datetime.timedelta(microseconds=1)


class JobPostingQuerySet(models.QuerySet):
    def public(self, now=None):
        """What the public may see right now: approved, not past `expire_at` (even before
        publish_scheduled has run), not filled or withdrawn."""
        now = now or timezone.now()
        return self.filter(
            Q(expire_at__isnull=True) | Q(expire_at__gt=now),
            live=True,
            closed_reason=ClosedReason.OPEN,
        )

    def ended(self, now=None):
        """Once public, now gone: expired, filled or withdrawn (these answer 410)."""
        now = now or timezone.now()
        return self.filter(first_published_at__isnull=False).filter(
            Q(expired=True) | Q(expire_at__lte=now) | ~Q(closed_reason=ClosedReason.OPEN)
        )

    def _moderation_states(self):
        """Workflow states in progress for each row; object_id is text in Wagtail's table,
        so the key is cast (PostgreSQL will not compare text with integers)."""
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import CharField, Exists, OuterRef
        from django.db.models.functions import Cast

        from wagtail.models import WorkflowState

        return Exists(
            WorkflowState.objects.filter(
                base_content_type=ContentType.objects.get_for_model(self.model),
                object_id=Cast(OuterRef("pk"), CharField()),
                status=WorkflowState.STATUS_IN_PROGRESS,
            )
        )

    def in_moderation(self):
        return self.filter(self._moderation_states())

    def not_in_moderation(self):
        return self.exclude(self._moderation_states())

    def for_cards(self):
        return self.select_related("category", "employment_type", "area", "employer")

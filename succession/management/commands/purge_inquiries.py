"""Remove personal data from closed inquiries after the retention period.

The record, its status history and the story link stay (so the counts and the owner's list
stay true); names, contacts and free text are replaced. Run it from cron, e.g. daily.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from succession.models import SuccessionInquiry
from succession.models.inquiries import CLOSED_STATUSES

DEFAULT_RETENTION_DAYS = 365


class Command(BaseCommand):
    help = "Purge personal data from succession inquiries closed longer than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Retention in days (default: settings.SUCCESSION_INQUIRY_RETENTION_DAYS, "
            f"else {DEFAULT_RETENTION_DAYS}).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count what would go.")

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is None:
            days = getattr(settings, "SUCCESSION_INQUIRY_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        due = SuccessionInquiry.objects.filter(
            status__in=CLOSED_STATUSES, status_changed_at__lt=cutoff, purged_at__isnull=True
        )
        count = due.count()
        if not dry_run:
            for inquiry in due:
                inquiry.purge_personal_data()
        verb = "would be purged" if dry_run else "purged"
        self.stdout.write(f"{count} inquiries {verb} (closed before {cutoff:%Y-%m-%d}).")

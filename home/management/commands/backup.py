"""Back up the database and media files into one archive (home/operations/backups.py).

manage.py backup                     # into BACKUP_DIR, keeping the newest BACKUP_KEEP
manage.py backup --dest /mnt/backups --keep 30
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from home.operations.archive import ArchiveError
from home.operations.backups import create_backup


class Command(BaseCommand):
    help = (
        "Write one archive (himi-backup-<UTC time>.tar) with the database, the original "
        "images and documents and a manifest, then delete the oldest archives beyond --keep."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dest", help="Folder for the archive (default: BACKUP_DIR).")
        parser.add_argument(
            "--keep",
            type=int,
            help="How many archives to keep in that folder, newest first (default: BACKUP_KEEP).",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default)."
        )

    def handle(self, *args, dest, keep, database, **options):
        try:
            result = create_backup(dest=dest, keep=keep, using=database)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(result.summary())

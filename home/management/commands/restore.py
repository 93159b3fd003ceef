"""Restore a backup archive made by `manage.py backup` (home/operations/restores.py).

manage.py restore backups/himi-backup-20261202T153000Z.tar        # asks first
manage.py restore backups/himi-backup-20261202T153000Z.tar --yes  # for scripts
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from home.operations.archive import ArchiveError, describe_counts
from home.operations.restores import restore_archive, verify_archive


class Command(BaseCommand):
    help = (
        "Check a backup archive completely, then replace the database with its copy and "
        "write its media files into MEDIA_ROOT. Refuses a damaged archive without changing "
        "anything."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar file written by manage.py backup.")
        parser.add_argument(
            "--yes", action="store_true", help="Do not ask for confirmation (for scripts)."
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database alias (default: default)."
        )

    def handle(self, *args, archive, yes, database, **options):
        try:
            checked = verify_archive(archive, using=database)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        manifest = checked.manifest
        self.stdout.write(
            f"{checked.path}: backup of {manifest.get('created')}, checked: "
            f"{describe_counts(checked.counts)}."
        )
        if not yes:
            self.confirm(database)
        try:
            found = restore_archive(checked, using=database)
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored. In the backup: {describe_counts(checked.counts)}. "
            f"Found now: {describe_counts(found)}."
        )
        if checked.needs_migrate:
            self.stdout.write(
                "The code is newer than the backup for "
                f"{', '.join(checked.needs_migrate)}: run `manage.py migrate` now."
            )
        self.stdout.write("Restart the site so that no process keeps old data in memory.")

    def confirm(self, database):
        target = connections[database].settings_dict["NAME"]
        warning = (
            f"This replaces everything in the database {target} and writes the backup's "
            f"files into {settings.MEDIA_ROOT}."
        )
        # Under cron or CI nobody can answer: refuse rather than wait or assume yes.
        if not sys.stdin or not sys.stdin.isatty():
            raise CommandError(
                f"{warning} There is no terminal to confirm on; run again with --yes. "
                "Nothing was changed."
            )
        answer = input(f"{warning}\nType yes to restore: ")
        if answer.strip().lower() != "yes":
            raise CommandError("Restore cancelled; nothing was changed.")

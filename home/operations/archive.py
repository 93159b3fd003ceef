"""The backup archive's format: its name, manifest, member paths and the counts it checks."""

import hashlib
import re
from datetime import UTC, datetime
from pathlib import PurePosixPath

from django.apps import apps
from django.db import connections

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, WorkflowState

# The manifest's format; a restore refuses versions it does not know. Bump it when the
# layout changes so that older code cannot misread a newer archive.
FORMAT_VERSION = 1
KNOWN_FORMAT_VERSIONS = {1}

PREFIX = "himi-backup-"
SUFFIX = ".tar"
# Only files named like this are ever pruned by --keep; anything else in the folder stays.
NAME_PATTERN = re.compile(r"^himi-backup-\d{8}T\d{6}Z\.tar$")

MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
# Where Wagtail writes renditions (AbstractRendition.get_upload_to), under MEDIA_ROOT.
RENDITIONS_DIR = "images"
# One of these holds the database, depending on the engine.
DATABASE_MEMBERS = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
ENGINE_NAMES = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}

# The rows whose numbers must come back unchanged; names are what the operator reads.
COUNT_LABELS = {
    "pages": "pages",
    "revisions": "revisions",
    "job_postings": "job postings",
    "workflow_states": "workflow states",
    "images": "images",
    "documents": "documents",
}


class ArchiveError(Exception):
    """A backup or restore that cannot go on; the message is for the operator."""


def archive_name(now=None):
    """himi-backup-20261202T153000Z.tar: UTC, so names sort in time order on any server."""
    now = now or datetime.now(UTC)
    return f"{PREFIX}{now.astimezone(UTC):%Y%m%dT%H%M%SZ}{SUFFIX}"


def engine_of(using="default"):
    """ "postgresql" or "sqlite"; anything else has no backup method here."""
    vendor = connections[using].vendor
    if vendor not in DATABASE_MEMBERS:
        raise ArchiveError(
            f"Backups support PostgreSQL and SQLite; this site's database is {vendor}."
        )
    return vendor


def counted_models():
    return {
        "pages": Page,
        "revisions": Revision,
        # By name: home is the bottom room and imports no section.
        "job_postings": apps.get_model("listings", "JobPosting"),
        "workflow_states": WorkflowState,
        "images": get_image_model(),
        "documents": get_document_model(),
    }


def row_counts(cursor):
    """The numbers a restore compares with the manifest. Plain SQL on a DB-API cursor, so
    they can be read inside the dump's own snapshot or from the SQLite copy itself; counted
    on the live site a moment apart, they could differ from what the dump holds."""
    counts = {}
    for key, model in counted_models().items():
        # The table names are our models' own, never input.
        cursor.execute(f'SELECT COUNT(*) FROM "{model._meta.db_table}"')  # noqa: S608
        counts[key] = cursor.fetchone()[0]
    return counts


def describe_counts(counts):
    return ", ".join(f"{counts[key]} {label}" for key, label in COUNT_LABELS.items())


def migration_state(cursor):
    """The latest applied migration of each app. Names start with a zero-padded number,
    so the greatest name is the latest (squashed migrations keep the numbering)."""
    cursor.execute("SELECT app, name FROM django_migrations")
    latest = {}
    for app, name in cursor.fetchall():
        if name > latest.get(app, ""):
            latest[app] = name
    return dict(sorted(latest.items()))


def sha256_of(fileobj, chunk=1024 * 1024):
    digest = hashlib.sha256()
    while block := fileobj.read(chunk):
        digest.update(block)
    return digest.hexdigest()


class HashingReader:
    """Hashes what tarfile reads, so the sha256 is of exactly the bytes in the archive,
    even when a file changes while it is being copied."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        block = self.fileobj.read(size)
        self.digest.update(block)
        return block

    def hexdigest(self):
        return self.digest.hexdigest()


def unsafe_reason(name):
    """Why a member name may not be written to disk, or None. A crafted archive could
    otherwise write outside MEDIA_ROOT (path traversal)."""
    if not name or "\\" in name or "\x00" in name:
        return "has an invalid name"
    path = PurePosixPath(name)
    if path.is_absolute():
        return "has an absolute path"
    if ".." in path.parts:
        return 'has ".." in its path'
    known = name == MANIFEST or name in DATABASE_MEMBERS.values()
    if not known and (not name.startswith(MEDIA_PREFIX) or len(path.parts) < 2):
        return "is neither the database, the manifest nor a media file"
    return None

"""manage.py restore: check a backup archive completely, then put it back."""

import json
import logging
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.db.migrations.loader import MigrationLoader

from wagtail.images import get_image_model

from . import databases
from .archive import (
    COUNT_LABELS,
    DATABASE_MEMBERS,
    ENGINE_NAMES,
    KNOWN_FORMAT_VERSIONS,
    MANIFEST,
    MEDIA_PREFIX,
    RENDITIONS_DIR,
    ArchiveError,
    engine_of,
    row_counts,
    sha256_of,
    unsafe_reason,
)

logger = logging.getLogger(__name__)

DAMAGED = "The archive is damaged or was changed after the backup; nothing was restored."


@dataclass
class CheckedArchive:
    """An archive that passed every check, with what the operator is told about it."""

    path: Path
    manifest: dict
    needs_migrate: list = field(default_factory=list)

    @property
    def counts(self):
        return self.manifest["counts"]

    @property
    def database_member(self):
        return self.manifest["database"]["member"]


def verify_archive(path, using="default"):
    """Every check a restore makes before it changes anything. Reads the whole archive."""
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"{path} does not exist or is not a file.")
    try:
        with tarfile.open(path, mode="r:") as tar:
            members = _checked_members(tar)
            if MANIFEST not in members:
                raise ArchiveError(f"{path} has no {MANIFEST}, so it is not a backup of this site.")
            manifest = _read_manifest(tar, members.pop(MANIFEST))
            digests = {name: sha256_of(tar.extractfile(m)) for name, m in members.items()}
    except (tarfile.TarError, EOFError, OSError) as error:
        raise ArchiveError(
            f"{path} cannot be read as a backup archive; it is damaged or incomplete "
            f"(a copy cut short, for example): {error}."
        ) from error
    _check_files(manifest, digests)
    _check_engine(manifest, using)
    return CheckedArchive(path, manifest, needs_migrate=_check_migrations(manifest))


def restore_archive(checked, using="default"):
    """Replace the database and write the media files; return the counts found afterwards.
    Raises ArchiveError when they differ from the backup's."""
    media_root = Path(settings.MEDIA_ROOT)
    with (
        tarfile.open(checked.path, mode="r:") as tar,
        tempfile.TemporaryDirectory(prefix="himi-restore-") as work,
    ):
        db_copy = Path(work) / checked.database_member
        _extract(tar, tar.getmember(checked.database_member), db_copy)
        databases.check_copy(db_copy)  # still nothing changed if this refuses
        databases.load(using, db_copy)
        logger.info("Database restored from %s", checked.path)
        written = 0
        for member in tar:
            # Checked already; again in case the file was replaced since (never trust
            # a name that would write outside MEDIA_ROOT).
            if unsafe_reason(member.name) or not member.isfile():
                raise ArchiveError(f"{checked.path} changed during the restore; stopped.")
            if member.name.startswith(MEDIA_PREFIX):
                _extract(tar, member, media_root / member.name.removeprefix(MEDIA_PREFIX))
                written += 1
        logger.info("%d media files restored into %s", written, media_root)
    _forget_renditions(using)
    # Cached pages and menus still show the old content (the file cache is shared with
    # the site's processes).
    for cache in caches.all(initialized_only=False):
        cache.clear()
    with connections[using].cursor() as cursor:
        found = row_counts(cursor)
    differences = [
        f"{label}: {checked.counts.get(key)} in the backup, {found[key]} now"
        for key, label in COUNT_LABELS.items()
        if checked.counts.get(key) != found[key]
    ]
    if differences:
        raise ArchiveError(
            "The restore ran, but the database does not hold what the backup recorded ("
            + "; ".join(differences)
            + "). Do not reopen the site; restore again or investigate."
        )
    return found


def _checked_members(tar):
    """Members by name; anything but plain files with safe, unique names is refused."""
    members = {}
    for member in tar:
        reason = unsafe_reason(member.name)
        if reason is None and not member.isfile():
            reason = "is not a plain file (links and devices are refused)"
        if reason is None and member.name in members:
            reason = "appears twice"
        if reason:
            raise ArchiveError(
                f"The archive member {member.name!r} {reason}. manage.py backup never writes "
                "such an archive; it is refused and nothing was restored."
            )
        members[member.name] = member
    return members


def _read_manifest(tar, member):
    try:
        manifest = json.loads(tar.extractfile(member).read())
        version = manifest["format"]
        complete = all(
            isinstance(manifest.get(key), dict)
            for key in ("database", "files", "counts", "migrations")
        ) and all(isinstance(entry, dict) for entry in manifest["files"].values())
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise ArchiveError(f"The archive's {MANIFEST} cannot be read. {DAMAGED}") from error
    if not isinstance(version, int) or version not in KNOWN_FORMAT_VERSIONS:
        raise ArchiveError(
            f"This archive has format version {version!r}, which this version of the site "
            f"does not know (it reads {sorted(KNOWN_FORMAT_VERSIONS)}). Restore it with the "
            "version of the site that made it, or a newer one."
        )
    if not complete:
        raise ArchiveError(f"The archive's {MANIFEST} is incomplete. {DAMAGED}")
    return manifest


def _check_files(manifest, digests):
    listed = manifest["files"]
    missing = sorted(set(listed) - set(digests))
    extra = sorted(set(digests) - set(listed))
    if missing or extra:
        raise ArchiveError(
            f"The archive's files do not match its manifest (missing: {missing or 'none'}; "
            f"not listed: {extra or 'none'}). {DAMAGED}"
        )
    for name, digest in digests.items():
        if listed[name].get("sha256") != digest:
            raise ArchiveError(f"{name} in the archive does not match its sha256. {DAMAGED}")
    member = manifest["database"].get("member")
    if member not in DATABASE_MEMBERS.values() or member not in digests:
        raise ArchiveError(f"The archive holds no database. {DAMAGED}")


def _check_engine(manifest, using):
    theirs, ours = manifest["database"].get("engine"), engine_of(using)
    if theirs == ours:
        return
    theirs_name = ENGINE_NAMES.get(theirs, repr(theirs))
    raise ArchiveError(
        f"This backup holds a {theirs_name} database, but this site uses "
        f"{ENGINE_NAMES[ours]}. A {theirs_name} backup cannot be restored into "
        f"{ENGINE_NAMES[ours]}: set DATABASE_URL to a {theirs_name} database and run restore "
        "again. Nothing was changed."
    )


def _check_migrations(manifest):
    """Refuse a backup made by newer code (its tables would not match this code's models);
    return the apps whose code is newer than the backup, which `migrate` brings up to date."""
    loader = MigrationLoader(None, ignore_no_migrations=True)  # the code's, no database
    # disk_migrations, not the graph: it also has the migrations a squash replaced.
    on_disk = set(loader.disk_migrations)
    unknown = [
        f"{app}.{name}"
        for app, name in manifest["migrations"].items()
        if (app, name) not in on_disk
    ]
    if unknown:
        versions = manifest.get("versions") or {}
        raise ArchiveError(
            "This backup was made by a newer version of the site: its database has "
            f"migrations this code does not know ({', '.join(sorted(unknown))}). Update "
            f"the code to the version that made it (Django {versions.get('django')}, "
            f"Wagtail {versions.get('wagtail')}) and restore again."
        )
    leaves = dict(loader.graph.leaf_nodes())
    return sorted(app for app, name in leaves.items() if manifest["migrations"].get(app, "") < name)


def _extract(tar, member, target):
    """Write one member through a temporary name, so no file is ever half-written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.restoring")
    try:
        with tar.extractfile(member) as source, partial.open("wb") as out:
            shutil.copyfileobj(source, out)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _forget_renditions(using):
    """The archive has no renditions: remove their rows and files, and Wagtail makes each
    one again from the restored original when a page next needs it. Plain SQL: deleting
    through the ORM would queue one file-deletion task per rendition, and log each."""
    renditions = get_image_model().get_rendition_model()
    with connections[using].cursor() as cursor:
        # The table name is our model's own, never input.
        cursor.execute(f'DELETE FROM "{renditions._meta.db_table}"')  # noqa: S608
        deleted = cursor.rowcount
    storage = renditions._meta.get_field("file").storage
    # Old rendition files would otherwise stay forever: no row names them any more.
    if storage.exists(RENDITIONS_DIR):
        for name in storage.listdir(RENDITIONS_DIR)[1]:
            storage.delete(f"{RENDITIONS_DIR}/{name}")
    logger.info("%d image renditions removed; Wagtail makes them again on demand", deleted)

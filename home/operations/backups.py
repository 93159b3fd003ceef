"""manage.py backup: one archive file holding the database, the media files and a manifest."""

import io
import json
import logging
import os
import platform
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import django
from django.conf import settings
from django.db import DatabaseError

import wagtail

from . import databases
from .archive import (
    DATABASE_MEMBERS,
    FORMAT_VERSION,
    MANIFEST,
    MEDIA_PREFIX,
    NAME_PATTERN,
    RENDITIONS_DIR,
    ArchiveError,
    HashingReader,
    archive_name,
    describe_counts,
    engine_of,
)

logger = logging.getLogger(__name__)

# Renditions (MEDIA_ROOT/images/) are left out: Wagtail makes them again from the original
# on the next request that needs one, and together they are often bigger than the
# originals. The restore removes their database rows so that none points at a missing file.
SKIPPED_MEDIA_DIRS = {RENDITIONS_DIR}


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    counts: dict
    pruned: list

    def summary(self):
        return (
            f"Backup written: {self.path} ({human_size(self.size)}): "
            f"{describe_counts(self.counts)}."
        )


def human_size(size):
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return None  # unreachable: the loop returns at "GB"


def backup_dir():
    return Path(getattr(settings, "BACKUP_DIR", settings.BASE_DIR / "backups"))


def create_backup(dest=None, keep=None, using="default"):
    """Write himi-backup-<UTC time>.tar into `dest` (BACKUP_DIR), then keep the newest
    `keep` archives (BACKUP_KEEP, 14)."""
    dest = Path(dest) if dest else backup_dir()
    keep = getattr(settings, "BACKUP_KEEP", 14) if keep is None else keep
    if keep < 1:
        raise ArchiveError("--keep must be at least 1: the backup just written is always kept.")
    engine = engine_of(using)
    dest.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    final = dest / archive_name(now)
    if final.exists():
        raise ArchiveError(f"{final} exists already; run the backup again in a second.")
    # A name the pattern does not match: a half-written archive never looks like a backup,
    # and --keep never counts or deletes one.
    partial = dest / f".{final.name}.partial"
    try:
        # The database copy is made next to the archive, not in /tmp, which may be small.
        with tempfile.TemporaryDirectory(dir=dest, prefix=".himi-backup-work-") as work:
            db_member = DATABASE_MEMBERS[engine]
            db_path = Path(work) / db_member
            try:
                counts, migrations = databases.dump(using, db_path)
            except (sqlite3.Error, DatabaseError) as error:
                raise ArchiveError(
                    f"The database could not be read ({error}). Has `manage.py migrate` run?"
                ) from error
            with partial.open("wb") as raw:
                with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
                    files = {db_member: _add_file(tar, db_path, db_member)}
                    for path, member in _media_files(dest):
                        entry = _add_file(tar, path, member)
                        if entry is not None:
                            files[member] = entry
                    manifest = {
                        "format": FORMAT_VERSION,
                        "created": now.isoformat(timespec="seconds"),
                        "database": {"engine": engine, "member": db_member},
                        "versions": {
                            "django": django.get_version(),
                            "wagtail": wagtail.__version__,
                            "python": platform.python_version(),
                        },
                        "migrations": migrations,
                        "counts": counts,
                        "media_skipped": sorted(f"{d}/" for d in SKIPPED_MEDIA_DIRS),
                        "files": files,
                    }
                    _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode(), now)
                raw.flush()
                os.fsync(raw.fileno())  # on disk before it gets its real name
        os.replace(partial, final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    pruned = prune(dest, keep)
    result = BackupResult(final, final.stat().st_size, counts, pruned)
    logger.info(result.summary())
    for path in pruned:
        logger.info("Old backup removed (--keep %d): %s", keep, path)
    return result


def prune(dest, keep):
    """Delete all but the newest `keep` archives; only names made by create_backup count.
    The UTC timestamp in the name sorts in time order."""
    archives = sorted(p for p in Path(dest).iterdir() if NAME_PATTERN.match(p.name))
    old = archives[:-keep]
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _media_files(dest):
    """(path, member name) of every original file under MEDIA_ROOT, in a stable order."""
    media_root = Path(settings.MEDIA_ROOT)
    if not media_root.is_dir():
        return
    # A BACKUP_DIR inside MEDIA_ROOT must not copy old backups into each new one.
    dest = dest.resolve()
    for folder, subfolders, filenames in os.walk(media_root):
        here = Path(folder)
        if here == media_root:
            subfolders[:] = [d for d in subfolders if d not in SKIPPED_MEDIA_DIRS]
        subfolders[:] = sorted(d for d in subfolders if (here / d).resolve() != dest)
        for filename in sorted(filenames):
            path = here / filename
            # Links could point anywhere on the machine; uploads are plain files.
            if path.is_symlink() or not path.is_file():
                continue
            yield path, MEDIA_PREFIX + path.relative_to(media_root).as_posix()


def _add_file(tar, path, member):
    """Add one file and return its size and sha256, or None if it was deleted meanwhile
    (an editor removing a document while the backup runs)."""
    try:
        source = path.open("rb")
    except FileNotFoundError:
        return None
    with source:
        stat = os.fstat(source.fileno())
        info = tarfile.TarInfo(member)
        info.size, info.mtime, info.mode = stat.st_size, int(stat.st_mtime), 0o644
        reader = HashingReader(source)
        tar.addfile(info, reader)
    return {"sha256": reader.hexdigest(), "size": info.size}


def _add_bytes(tar, member, data, now):
    info = tarfile.TarInfo(member)
    info.size, info.mtime, info.mode = len(data), int(now.timestamp()), 0o644
    tar.addfile(info, io.BytesIO(data))

"""manage.py backup and restore (home/operations/): a backup restored into a fresh database
holds the same pages, revisions, postings and workflow states; a bad archive is refused
before anything changes. Runs on the engine of DATABASE_URL (SQLite or PostgreSQL)."""

import copy
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import uuid
from contextlib import contextmanager

import pytest

from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.db.utils import load_backend

from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, WorkflowState

from home.operations import databases
from home.operations.archive import (
    DATABASE_MEMBERS,
    MANIFEST,
    NAME_PATTERN,
    migration_state,
    row_counts,
)
from home.operations.backups import prune
from listings.models import JobPosting
from tests.factories import CreditedImageFactory, StandardPageFactory
from tests.factories.listings import make_posting

RESTORED = "restored"
# Committed data, so that pg_dump (another process) sees it; the seeded taxonomies, groups
# and workflow come back for the tests after this one.
round_trip = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def snapshot(using):
    """What must survive a backup and restore, read through the ORM."""
    return {
        "pages": list(
            Page.objects.using(using).order_by("path").values_list("path", "title", "live")
        ),
        "revisions": Revision.objects.using(using).count(),
        "postings": list(
            JobPosting.objects.using(using).order_by("pk").values_list("pk", "title", "live")
        ),
        "workflow_states": list(
            WorkflowState.objects.using(using)
            .order_by("pk")
            .values_list("object_id", "status", "current_task_state__status")
        ),
    }


@contextmanager
def fresh_database(tmp_path):
    """An empty database of the current engine under the alias RESTORED, removed afterwards:
    a file for SQLite, a database of its own on the PostgreSQL server."""
    settings_dict = copy.deepcopy(connection.settings_dict)
    admin = None
    if connection.vendor == "sqlite":
        settings_dict["NAME"] = str(tmp_path / "restored.sqlite3")
    else:
        import psycopg
        from psycopg import sql

        settings_dict["NAME"] = f"himi_restore_{uuid.uuid4().hex[:12]}"
        admin = psycopg.connect(
            host=settings_dict["HOST"] or None,
            port=settings_dict["PORT"] or None,
            user=settings_dict["USER"] or None,
            password=settings_dict["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        )
        name = sql.Identifier(settings_dict["NAME"])
        admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
    # A connection made here, not in DATABASES: Django's test case allows those.
    restored = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, RESTORED)
    connections[RESTORED] = restored
    try:
        yield RESTORED
    finally:
        restored.close()
        del connections[RESTORED]
        if admin is not None:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            admin.close()


@round_trip
def test_backup_restores_into_a_fresh_database(home_page, about_page, portal, settings, tmp_path):
    StandardPageFactory(parent=about_page, title="下書きのページ", live=False)
    make_posting(title="定置網の乗組員")
    make_posting("moderation", title="旅館の調理補助")
    image = CreditedImageFactory()
    image.get_rendition("fill-20x20")  # renditions stay out of the archive
    document = get_document_model().objects.create(
        title="募集要項", file=ContentFile(b"guide", name="guide.txt")
    )
    original = (settings.MEDIA_ROOT / image.file.name).read_bytes()
    before = snapshot("default")
    assert any(status == "in_progress" for _, status, _ in before["workflow_states"])
    dest = tmp_path / "backups"
    dest.mkdir()
    old = dest / "himi-backup-20200101T000000Z.tar"
    old.write_bytes(b"old")
    unrelated = dest / "notes.txt"
    unrelated.write_text("not a backup")

    out = io.StringIO()
    call_command("backup", dest=str(dest), keep=1, stdout=out)

    archives = sorted(p.name for p in dest.iterdir() if NAME_PATTERN.match(p.name))
    assert len(archives) == 1 and archives[0] != old.name  # --keep 1 pruned the old one
    assert sorted(p.name for p in dest.iterdir()) == sorted([archives[0], "notes.txt"])
    archive = dest / archives[0]
    assert out.getvalue().startswith(f"Backup written: {archive} (")
    assert f"{len(before['pages'])} pages" in out.getvalue()
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile(MANIFEST))
    assert f"media/{image.file.name}" in names
    assert f"media/{document.file.name}" in names
    assert not any(name.startswith("media/images/") for name in names)
    assert manifest["counts"]["job_postings"] == 2
    assert manifest["counts"]["workflow_states"] == len(before["workflow_states"])
    assert set(manifest["files"]) == names - {MANIFEST}

    with fresh_database(tmp_path) as alias:
        settings.MEDIA_ROOT = tmp_path / "restored-media"
        out = io.StringIO()
        call_command("restore", str(archive), "--yes", database=alias, stdout=out)
        after = snapshot(alias)
        renditions = image.get_rendition_model().objects.using(alias).count()

    assert after == before
    assert renditions == 0  # made again from the original when a page needs one
    assert (tmp_path / "restored-media" / image.file.name).read_bytes() == original
    assert (tmp_path / "restored-media" / document.file.name).read_bytes() == b"guide"
    assert "Found now: " in out.getvalue()


def member_bytes():
    return {
        DATABASE_MEMBERS[connection.vendor]: b"not a database at all",
        "media/original_images/photo.jpg": b"\xff\xd8" + b"x" * 20_000,
    }


def build_archive(path, members=None, manifest_changes=None, tamper=None, extra=()):
    """An archive laid out as `backup` writes one, from `members` (name: bytes). `tamper`
    replaces or adds member bytes after the manifest is made; `extra` adds TarInfo entries."""
    members = members or member_bytes()
    with connection.cursor() as cursor:
        migrations, counts = migration_state(cursor), row_counts(cursor)
    manifest = {
        "format": 1,
        "created": "2026-12-02T15:30:00+00:00",
        "database": {"engine": connection.vendor, "member": DATABASE_MEMBERS[connection.vendor]},
        "versions": {"django": "6.1", "wagtail": "8.0.1", "python": "3.12"},
        "migrations": migrations,
        "counts": counts,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
        **(manifest_changes or {}),
    }
    written = {**members, **(tamper or {}), MANIFEST: json.dumps(manifest).encode()}
    with tarfile.open(path, "w") as tar:
        for name, data in written.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for info in extra:
            tar.addfile(info)
    return path


@pytest.fixture
def unchanged(home_page, settings, tmp_path):
    """Asserts after the test that neither the database nor MEDIA_ROOT changed."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    before = (snapshot("default"), row_counts(connection.cursor()))
    yield
    assert (snapshot("default"), row_counts(connection.cursor())) == before
    assert not any(settings.MEDIA_ROOT.iterdir())
    assert not (tmp_path / "x").exists()


def refused(archive, *args):
    with pytest.raises(CommandError) as error:
        call_command("restore", str(archive), "--yes", *args, stdout=io.StringIO())
    return str(error.value)


def test_truncated_archive_is_refused(unchanged, tmp_path):
    archive = build_archive(tmp_path / "cut.tar")
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    message = refused(archive)
    assert "damaged or incomplete" in message or "missing" in message


def test_not_a_tar_file_is_refused(unchanged, tmp_path):
    archive = tmp_path / "himi-backup-20261202T153000Z.tar"
    archive.write_bytes(b"PGDMP this is no tar archive" * 40)
    assert "cannot be read as a backup archive" in refused(archive)


def test_changed_member_fails_its_checksum(unchanged, tmp_path):
    archive = build_archive(
        tmp_path / "changed.tar", tamper={"media/original_images/photo.jpg": b"\xff\xd8evil"}
    )
    message = refused(archive)
    assert "media/original_images/photo.jpg" in message
    assert "does not match its sha256" in message
    assert "nothing was restored" in message


def test_member_not_in_manifest_is_refused(unchanged, tmp_path):
    archive = build_archive(tmp_path / "extra.tar", tamper={"media/documents/new.txt": b"hi"})
    assert "not listed: ['media/documents/new.txt']" in refused(archive)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../x", '".."'),
        ("media/../../x", '".."'),
        ("/tmp/himi-backup-test-x", "absolute path"),  # noqa: S108
        ("settings.py", "neither the database"),
    ],
)
def test_path_traversal_member_is_refused(unchanged, tmp_path, name, reason):
    archive = build_archive(tmp_path / "evil.tar", tamper={name: b"owned"})
    message = refused(archive)
    assert repr(name) in message and reason in message


def test_link_member_is_refused(unchanged, tmp_path):
    link = tarfile.TarInfo("media/original_images/link.jpg")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    archive = build_archive(tmp_path / "link.tar", extra=[link])
    assert "not a plain file" in refused(archive)


def test_other_engine_is_refused(unchanged, tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    archive = build_archive(
        tmp_path / "other.tar",
        manifest_changes={"database": {"engine": other, "member": DATABASE_MEMBERS[other]}},
        members={DATABASE_MEMBERS[other]: b"dump"},
    )
    message = refused(archive)
    if other == "postgresql":
        assert "A PostgreSQL backup cannot be restored into SQLite" in message
    else:
        assert "A SQLite backup cannot be restored into PostgreSQL" in message


def test_backup_from_newer_code_is_refused(unchanged, tmp_path):
    with connection.cursor() as cursor:
        migrations = migration_state(cursor)
    migrations["listings"] = "9999_from_the_future"
    archive = build_archive(tmp_path / "newer.tar", manifest_changes={"migrations": migrations})
    message = refused(archive)
    assert "newer version of the site" in message and "listings.9999_from_the_future" in message


def test_unknown_format_is_refused(unchanged, tmp_path):
    archive = build_archive(tmp_path / "format.tar", manifest_changes={"format": 99})
    assert "format version 99" in refused(archive)


def test_database_copy_that_is_no_database_is_refused_before_restoring(unchanged, tmp_path):
    # Checksums match (the archive was made that way), but the copy does not read as a
    # database: refused before the database or MEDIA_ROOT is touched.
    archive = build_archive(tmp_path / "garbage.tar")
    message = refused(archive)
    assert "nothing was restored" in message.lower()
    assert "cannot be read" in message or "not appear to be a valid archive" in message


def test_no_confirmation_without_terminal(unchanged, tmp_path, monkeypatch):
    archive = build_archive(tmp_path / "fine.tar")
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))  # not a terminal, as under cron
    with pytest.raises(CommandError, match="no terminal to confirm on; run again with --yes"):
        call_command("restore", str(archive), stdout=io.StringIO())


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_answer_other_than_yes_cancels(unchanged, tmp_path, monkeypatch):
    archive = build_archive(tmp_path / "fine.tar")
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    with pytest.raises(CommandError, match="Restore cancelled; nothing was changed"):
        call_command("restore", str(archive), stdout=io.StringIO())


def test_missing_archive_is_named(unchanged, tmp_path):
    assert "does not exist" in refused(tmp_path / "nowhere.tar")


def test_prune_removes_only_older_backups(tmp_path):
    names = [
        "himi-backup-20261130T031500Z.tar",
        "himi-backup-20261201T031500Z.tar",
        "himi-backup-20261202T031500Z.tar",
        # Not ours, or not finished: never deleted, never counted.
        "himi-backup-20261129T031500Z.tar.gz",
        ".himi-backup-20261128T031500Z.tar.partial",
        "himi-backup-latest.tar",
        "database.tar",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    removed = prune(tmp_path, keep=2)
    assert [p.name for p in removed] == ["himi-backup-20261130T031500Z.tar"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[1:])


def test_keep_below_one_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="--keep must be at least 1"):
        call_command("backup", dest=str(tmp_path), keep=0)
    assert not any(tmp_path.iterdir())


def test_postgresql_password_goes_in_the_environment(monkeypatch, tmp_path):
    """Never on the command line, where `ps` shows it to every user of the machine."""
    settings_dict = copy.deepcopy(connection.settings_dict)
    settings_dict.update(
        ENGINE="django.db.backends.postgresql", NAME="himi", USER="himi", PASSWORD="s3cret"
    )
    settings_dict["OPTIONS"] = {}
    wrapper = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, "pg_args")
    connections["pg_args"] = wrapper
    calls = []

    def run(args, env, **kwargs):
        calls.append((args, env))
        return subprocess.CompletedProcess(args, 0)

    monkeypatch.setattr(databases.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(databases.subprocess, "run", run)
    try:
        databases.load("pg_args", tmp_path / "database.pgdump")
    finally:
        del connections["pg_args"]
    [(args, env)] = calls
    assert "s3cret" not in " ".join(args)
    assert env["PGPASSWORD"] == "s3cret" and env["PGDATABASE"] == "himi"
    for flag in ("--clean", "--if-exists", "--no-owner", "--single-transaction"):
        assert flag in args

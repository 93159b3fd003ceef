"""Copying the database out of and back into PostgreSQL (pg_dump) or SQLite (backup API)."""

import os
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

from django.db import connections, transaction
from django.db.backends.postgresql.client import DatabaseClient

from .archive import DATABASE_MEMBERS, ArchiveError, migration_state, row_counts

# pg_restore's own messages, cut to what fits in an operator's terminal.
STDERR_TAIL = 2000


def dump(using, path):
    """Write the database of `using` to `path` while the site keeps running. Returns the
    row counts and migration state of exactly what was written."""
    if connections[using].vendor == "postgresql":
        return _pg_dump(using, path)
    _sqlite_backup(using, path)
    with _read_only(path) as copy:
        cursor = copy.cursor()
        return row_counts(cursor), migration_state(cursor)


def load(using, path):
    """Replace the database of `using` with the copy at `path`, all or nothing."""
    if connections[using].vendor == "postgresql":
        _pg_restore(using, path)
    else:
        _sqlite_restore(using, path)


def check_copy(path):
    """The copy from the archive reads as a database, before it replaces anything."""
    if Path(path).name == DATABASE_MEMBERS["sqlite"]:
        _check_sqlite_copy(path)
    else:
        # --list reads the dump's table of contents and fails on a damaged file.
        _run(
            [_program("pg_restore"), "--list", str(path)],
            None,
            "Reading the database dump in the archive (nothing was restored)",
        )


def _check_sqlite_copy(path):
    try:
        with _read_only(path) as db:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise ArchiveError(
            f"The database in the backup cannot be read: {error}. Nothing was restored."
        ) from error
    if result != "ok":
        raise ArchiveError(
            f"The database in the backup is damaged: {result}. Nothing was restored."
        )


def _pg_env(using):
    """Connection settings as libpq environment variables: the password never appears on
    a command line, where every user of the machine could read it in `ps`."""
    settings_dict = connections[using].settings_dict
    _args, env = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(env or {})}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def _program(name):
    path = shutil.which(name)
    if path is None:
        raise ArchiveError(
            f"{name} was not found. Install the PostgreSQL client programs of the server's "
            "version (Debian/Ubuntu: apt-get install postgresql-client)."
        )
    return path


def _run(args, env, what):
    # Full path from shutil.which, fixed arguments, no shell.
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise ArchiveError(f"{what} failed: {result.stderr.strip()[-STDERR_TAIL:]}")


def _pg_dump(using, path):
    """Counts and dump from one snapshot: the counting transaction exports it and pg_dump
    reads the database as that transaction sees it, whatever the site writes meanwhile."""
    program = _program("pg_dump")
    connection = connections[using]
    if connection.in_atomic_block:
        raise ArchiveError("A backup cannot run inside a database transaction.")
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts, migrations = row_counts(cursor), migration_state(cursor)
        args = [program, "--format=custom", f"--snapshot={snapshot}", f"--file={path}"]
        _run(args, _pg_env(using), "pg_dump")
    return counts, migrations


def _pg_restore(using, path):
    # Our own connection would hold locks that pg_restore's DROP TABLE waits for.
    connections[using].close()
    args = [
        _program("pg_restore"),
        "--clean",
        "--if-exists",
        # The roles of the machine that made the backup may not exist here; the site's
        # database user owns what it restores.
        "--no-owner",
        "--no-privileges",
        # One transaction: an error rolls everything back and leaves the database as it was.
        "--single-transaction",
        f"--dbname={_pg_env(using)['PGDATABASE']}",
        str(path),
    ]
    _run(args, _pg_env(using), "pg_restore")


def _sqlite_backup(using, path):
    """SQLite's online backup API copies a consistent snapshot even while the site writes;
    copying the file itself could catch it half-way through a transaction."""
    connection = connections[using]
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


def _sqlite_restore(using, path):
    connection = connections[using]
    if connection.is_in_memory_db():
        raise ArchiveError("This site's SQLite database is in memory; there is no file to restore.")
    name = str(connection.settings_dict["NAME"])
    # Django's connection must not keep a view of the old database.
    connection.close()
    with _read_only(path) as source:
        # The backup API writes every page in one transaction, under the database's lock,
        # so a failure leaves the old database and other processes see old or new, not a mix.
        target = sqlite3.connect(name, timeout=30)
        try:
            source.backup(target)
        except sqlite3.Error as error:
            raise ArchiveError(f"Copying the database into {name} failed: {error}.") from error
        finally:
            target.close()


@contextmanager
def _read_only(path):
    """A read-only sqlite3 connection that is closed afterwards (sqlite3's own context
    manager only commits)."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()

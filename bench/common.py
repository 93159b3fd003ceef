"""What both benchmarks share: a throwaway database chosen before Django starts, a
database of the benchmark's own, and the statistics. A script calls `start_django()`
before it imports anything of Django's or the project's."""

import json
import logging
import math
import os
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IS_PG = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def start_django(prefix):
    """Point Django at a temporary folder (media, and the SQLite file unless DATABASE_URL
    names PostgreSQL: never the developer's db.sqlite3), start it, return the folder."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    sys.path.insert(0, str(ROOT))
    if not IS_PG:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'unused.sqlite3'}"
    os.environ["TEST_MEDIA_ROOT"] = os.environ["MEDIA_ROOT"] = str(tmp / "media")
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")

    import django

    django.setup()
    logging.getLogger().setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", "No directory at", UserWarning)  # no collectstatic
    return tmp


def create_database(test_name):
    """A fresh database of the benchmark's own (destroy_test_db drops it); returns the
    name destroy_test_db needs to go back to."""
    from django.db import connection

    old_name = connection.settings_dict["NAME"]
    connection.settings_dict["TEST"]["NAME"] = test_name
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    return old_name


def in_own_database(test_name, tmp, run):
    """`run()` in a fresh database of the benchmark's own, dropped afterwards together with
    the temporary folder, whatever happens; what `run()` returned."""
    from django.db import connection

    old_name = create_database(test_name)
    try:
        return run()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        shutil.rmtree(tmp, ignore_errors=True)


def write_results(data, name):
    """The results as JSON in bench/`name`; the path, relative to the project."""
    out = ROOT / "bench" / name
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out.relative_to(ROOT)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def database_version():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version" if IS_PG else "SELECT sqlite_version()")
        return cursor.fetchone()[0]

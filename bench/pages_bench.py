# ruff: noqa: T201, E402
"""Page benchmark: CPU per request for each public page type of the demo site, uncached
and from the page cache, beside whitenoise serving a static file. See bench/README.md."""

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from common import IS_PG, database_version, in_own_database, write_results

N_PAGE, N_FAST, ROUNDS = int(os.environ.get("PAGES_BENCH_N", "20")), 300, 3


def start():
    """start_django() of common.py, plus the production cache layout and a static folder
    of the benchmark's own, both set before Django reads its settings."""
    tmp = Path(tempfile.mkdtemp(prefix="pages-bench-"))
    (tmp / "static").mkdir()
    if not IS_PG:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'unused.sqlite3'}"
    os.environ["TEST_MEDIA_ROOT"] = os.environ["MEDIA_ROOT"] = str(tmp / "media")
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")
    from django.conf import settings

    from site_config.settings import base

    if hasattr(base, "shared_caches"):  # what production uses (CACHE_URL or the database)
        settings.CACHES = base.shared_caches(os.environ.get("CACHE_URL", ""))
    else:  # production before the shared cache: one file cache for everything
        location = str(tmp / "cache")
        backend = "django.core.cache.backends.filebased.FileBasedCache"
        settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": location}}
    # The test settings turn the page cache off for the test suite; production's value here.
    settings.PAGE_CACHE_SECONDS = getattr(base, "PAGE_CACHE_SECONDS", 0)
    settings.PAGE_CACHE_LOCAL_SECONDS = getattr(base, "PAGE_CACHE_LOCAL_SECONDS", 0)
    settings.STATICFILES_DIRS = [*settings.STATICFILES_DIRS, tmp / "static"]
    settings.WHITENOISE_USE_FINDERS = True  # no collectstatic: serve from the source folders
    import django

    django.setup()
    import logging

    logging.getLogger().setLevel(logging.WARNING)
    return tmp


TMP = start()

import django
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client, RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext

import wagtail
from wagtail.models import Site

from columns.models import ColumnIndexPage, ColumnPage
from listings.models import FeatureIndexPage, JobFeaturePage, JobPosting, PortalPage
from succession.models import SuccessionIndexPage, SuccessionStoryPage

PAGE_CACHE = any("page_cache" in m for m in settings.MIDDLEWARE)


def pages():
    portal = PortalPage.objects.live().get()
    posting = JobPosting.objects.public().order_by("pk").first()
    first = lambda model: model.objects.live().public().order_by("path").first().url  # noqa: E731
    return [
        ("robots.txt (trivial)", "/robots.txt", "trivial"),
        ("home", "/", "listing"),
        ("features index", first(FeatureIndexPage), "listing"),
        ("feature", first(JobFeaturePage), "article"),
        ("columns index", first(ColumnIndexPage), "listing"),
        ("column", first(ColumnPage), "article"),
        ("succession index", first(SuccessionIndexPage), "listing"),
        ("story", first(SuccessionStoryPage), "article"),
        ("portal list", portal.url, "listing"),
        ("posting", portal.posting_url(posting), "article"),
    ]


def cpu_ms(call, n):
    """Median over ROUNDS of the CPU time (this process) per call, in ms."""
    for _ in range(3):
        call()
    per_call = []
    for _ in range(ROUNDS):
        started = time.process_time()
        for _ in range(n):
            call()
        per_call.append((time.process_time() - started) / n * 1000)
    return statistics.median(per_call)


SQL_LOG = os.environ.get("PAGES_BENCH_SQL")  # a file: every query of one request per page


def queries(call, name=""):
    with CaptureQueriesContext(connection) as captured:
        call()
    if SQL_LOG:
        with open(SQL_LOG, "a", encoding="utf-8") as log:
            log.write(f"\n## {name}: {len(captured)}\n")
            log.writelines(q["sql"][:300] + "\n" for q in captured.captured_queries)
    return len(captured)


def wsgi_call(app, host, path):
    environ = RequestFactory(HTTP_HOST=host)._base_environ(PATH_INFO=path)

    def call():
        body = app(dict(environ), lambda status, headers, exc_info=None: None)
        for _ in body:
            pass
        body.close()

    return call


def measure(host):
    client = Client(HTTP_HOST=host)
    rows = []
    for name, url, kind in pages():
        get = lambda url=url: client.get(url)  # noqa: E731
        response = get()
        row = {"page": name, "url": url, "kind": kind, "status": response.status_code}
        row["kb"] = round(len(response.content) / 1024, 1)
        row["cache_control"] = response.get("Cache-Control", "")
        with override_settings(PAGE_CACHE_SECONDS=0):
            row["uncached_ms"] = cpu_ms(get, N_PAGE)
            row["uncached_queries"] = queries(get, name)
        row["cached_hit"] = getattr(get(), "page_cache", "") if PAGE_CACHE else ""
        if row["cached_hit"] == "hit":  # a form page (no-store) is never cached: nothing to time
            row["cached_ms"] = cpu_ms(get, N_FAST)
            row["cached_queries"] = queries(get)
        rows.append(row)
    return rows


def static_rows(host, rows):
    """Whitenoise serving a file as large as the median page, through the test client and
    through a plain WSGI call; the cached pages through the same WSGI call."""
    size = int(statistics.median(r["kb"] for r in rows) * 1024)
    (TMP / "static" / "bench-page.html").write_bytes(b"x" * size)
    client = Client(HTTP_HOST=host)  # a new handler: whitenoise indexes the new file
    static_client = cpu_ms(lambda: client.get("/static/bench-page.html").getvalue(), N_FAST)
    app = WSGIHandler()
    # As the test client does: keep the connection between requests. Production keeps it
    # only with DB_CONN_MAX_AGE (README); without, every request opens one (bench/README.md).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    result = {"kb": round(size / 1024, 1), "client_ms": static_client}
    result["wsgi_ms"] = cpu_ms(wsgi_call(app, host, "/static/bench-page.html"), N_FAST)
    for row in rows:
        if "cached_ms" in row:
            call = wsgi_call(app, host, row["url"])
            row["cached_wsgi_ms"] = cpu_ms(call, N_FAST)  # this process's copy, when it has one
            with override_settings(PAGE_CACHE_LOCAL_SECONDS=0):  # the shared cache's read
                row["shared_wsgi_ms"] = cpu_ms(call, N_FAST)
    return result


def run():
    with override_settings(DEBUG=True):  # load_demo refuses to run without it
        call_command("load_demo", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    rows = measure(host)
    static = static_rows(host, rows)
    return {
        "vendor": connection.vendor,
        "database_version": database_version(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "cpu_count": os.cpu_count(),
        "caches": {k: v["BACKEND"].rsplit(".", 1)[-1] for k, v in settings.CACHES.items()},
        "page_cache": PAGE_CACHE,
        "n": {"page": N_PAGE, "fast": N_FAST, "rounds": ROUNDS},
        "static": static,
        "pages": rows,
    }


def report(data):
    print(
        f"{data['vendor']} {data['database_version']} | Python {data['python']} | Django "
        f"{data['django']} | Wagtail {data['wagtail']} | {data['cpu_count']} CPUs | "
        f"caches {data['caches']}"
    )
    trivial = data["pages"][0]["uncached_ms"]
    static = data["static"]
    print(
        f"CPU ms per request, median of {ROUNDS} rounds; x = ratio to robots.txt uncached "
        f"({trivial:.2f} ms)"
    )
    print(
        f"{'page':<22}{'KB':>6}{'uncached':>10}{'x':>6}{'sql':>5}"
        f"{'cached':>9}{'sql':>5}{'wsgi':>8}{'/static':>9}{'shared':>8}{'/static':>9}"
    )
    for row in data["pages"]:
        line = (
            f"{row['page']:<22}{row['kb']:>6.1f}{row['uncached_ms']:>10.2f}"
            f"{row['uncached_ms'] / trivial:>6.1f}{row['uncached_queries']:>5}"
        )
        if "cached_ms" in row:
            ratio = row["cached_wsgi_ms"] / static["wsgi_ms"]
            line += (
                f"{row['cached_ms']:>9.3f}{row['cached_queries']:>5}"
                f"{row['cached_wsgi_ms']:>8.3f}{ratio:>9.2f}"
            )
            if "shared_wsgi_ms" in row:  # absent from a run of the code before the copies
                shared = row["shared_wsgi_ms"]
                line += f"{shared:>8.3f}{shared / static['wsgi_ms']:>9.2f}"
        elif data["page_cache"]:
            line += f"  not cached: {row['cache_control']}"
        print(line)
    print(
        f"whitenoise, a {static['kb']} KB static file: {static['client_ms']:.3f} ms "
        f"(test client), {static['wsgi_ms']:.3f} ms (WSGI call)"
    )


def main():
    test_name = f"test_{connection.settings_dict['NAME']}_pagesbench" if IS_PG else None
    data = in_own_database(test_name or str(TMP / "bench.sqlite3"), TMP, run)
    report(data)
    out = write_results(data, f"results-pages-{data['vendor']}.json")
    print(f"written to {out}")
    return 0 if all(r["status"] == 200 for r in data["pages"]) else 1


if __name__ == "__main__":
    sys.exit(main())

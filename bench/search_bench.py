# ruff: noqa: T201, E402, S311
"""Search benchmark: 10,000 postings and 500 columns in a throwaway database, the search
index built for all of it, then Japanese queries timed on /search/ and /portal/?q= with
Django's test client. Run with `.venv/bin/python bench/search_bench.py`; see
bench/README.md."""

import json
import os
import platform
import re
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path

from common import IS_PG, ROOT, create_database, database_version, percentile, start_django

TMP = start_django("search-bench-")

from modelsearch.conf import get_app_config
from search_corpus import POSTINGS, build_site, seed

import django
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import wagtail
from wagtail.models import Page
from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from home.japanese import analysis
from listings.models import JobPosting

# Smaller runs for trying things out: SEARCH_BENCH_POSTINGS=1000 SEARCH_BENCH_PAGES=50
# (bench/search_corpus.py) SEARCH_BENCH_N=3.
N = int(os.environ.get("SEARCH_BENCH_N", "30"))  # requests per query and URL
# The project's update_index ends with ANALYZE (search/management/commands/update_index.py);
# SEARCH_BENCH_ANALYZE=0 runs Wagtail's own command instead, to measure a database whose
# planner has no statistics.
ANALYZE = os.environ.get("SEARCH_BENCH_ANALYZE", "1") != "0"
WARMUP = 2
QUERIES = [
    # single words
    ("漁師", "word"),
    ("介護", "word"),
    ("氷見", "word"),
    ("移住", "word"),
    ("看護", "word"),
    ("調理", "word"),
    # compounds (several words after analysis)
    ("未経験", "compound"),
    ("定置網漁", "compound"),
    ("介護職員", "compound"),
    ("地域おこし協力隊", "compound"),
    ("氷見市", "compound"),
    ("引っ越し", "compound"),
    # two words
    ("漁師 移住", "two words"),
    ("介護 未経験", "two words"),
    ("富山 ドライバー", "two words"),
    ("うどん 週3日", "two words"),
    # kana and width variants
    ("ウドン", "kana"),
    ("すし", "kana"),
    ("パソコン", "kana"),
    ("ＩＴ", "width"),
]

RESULT_COUNT = re.compile(r'class="result-count"[^>]*>\s*([\d,]+)')


def test_database_name():
    # Not test_<name> nor portal_bench's _bench: either may be in use at the same time.
    name = connection.settings_dict["NAME"]
    return f"test_{name}_searchbench" if IS_PG else str(TMP / "searchbench.sqlite3")


def build_index():
    """`update_index` for everything, timed; also the share spent in Sudachi and the SQL
    query count (a count growing with the rows means an N+1 while indexing)."""
    spent, calls = [0.0], [0]
    analyze = analysis.analyze

    def timed_analyze(text):
        calls[0] += 1
        started = time.perf_counter()
        try:
            return analyze(text)
        finally:
            spent[0] += time.perf_counter() - started

    analysis.analyze = timed_analyze
    queries = [0]

    def count(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    try:
        with connection.execute_wrapper(count):
            started = time.perf_counter()
            if ANALYZE:
                call_command("update_index", verbosity=0)
            else:
                call_command(WagtailUpdateIndex(), verbosity=0)
            seconds = time.perf_counter() - started
    finally:
        analysis.analyze = analyze
    index_entry = get_app_config().get_model("IndexEntry")
    return {
        "index_seconds": round(seconds, 2),
        "index_analysis_seconds": round(spent[0], 2),
        "index_analysis_calls": calls[0],
        "index_queries": queries[0],
        "index_entries": index_entry.objects.count(),
    }


def measure(client, url, params):
    for _ in range(WARMUP):
        client.get(url, params)
    times, queries, statuses, results = [], [], set(), None
    for _ in range(N):
        # CaptureQueriesContext counts by the length of a log kept to 9,000 entries: once
        # full, every count would be 0.
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, params)
            times.append((time.perf_counter() - started) * 1000)
        queries.append(len(captured))
        statuses.add(response.status_code)
        match = RESULT_COUNT.search(response.content.decode())
        results = int(match.group(1).replace(",", "")) if match else 0
    return times, {
        "status": statuses.pop() if len(statuses) == 1 else sorted(statuses),
        "p50_ms": round(percentile(times, 50), 2),
        "p95_ms": round(percentile(times, 95), 2),
        "mean_ms": round(sum(times) / N, 2),
        "queries_min": min(queries),
        "queries_max": max(queries),
        "results": results,
    }


ENDPOINTS = [("search", "/search/"), ("portal", "/portal/")]


def run_queries(data):
    """Each query on each URL. A row is printed, and the results file rewritten (marked
    incomplete), as soon as it is measured: a long run cut short keeps what it measured."""
    client = Client(HTTP_HOST="localhost")
    rows, summary, ok = [], {}, True
    data.update(complete=False, queries=rows)
    all_times = {name: [] for name, _url in ENDPOINTS}
    print_table_header()
    for query, kind in QUERIES:
        row = {"query": query, "kind": kind, "terms": len(analysis.query_terms(query))}
        for name, url in ENDPOINTS:
            try:
                times, row[name] = measure(client, url, {"q": query})
                all_times[name].extend(times)
            except Exception:
                row[name] = {"status": "error", "traceback": traceback.format_exc()}
                print(f"--- {name} {query!r} failed:\n{row[name]['traceback']}", file=sys.stderr)
            ok = ok and row[name]["status"] == 200
        rows.append(row)
        print_row(row)
        save(data)
    for name, _url in ENDPOINTS:
        measured = [row for row in rows if row[name]["status"] == 200]
        times = all_times[name]
        slowest = max(measured, key=lambda row: row[name]["p50_ms"]) if measured else None
        summary[name] = {
            "requests": len(times),
            "p50_ms": round(percentile(times, 50), 2) if times else None,
            "p95_ms": round(percentile(times, 95), 2) if times else None,
            "slowest_query": slowest["query"] if slowest else None,
            "slowest_p50_ms": slowest[name]["p50_ms"] if slowest else None,
            "slowest_p95_ms": slowest[name]["p95_ms"] if slowest else None,
        }
    return summary, ok


def run():
    data = {
        "vendor": connection.vendor,
        "database_version": database_version(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "cpu_count": os.cpu_count(),
        "machine": f"{platform.system()} {platform.machine()}",
        # Other work on the machine slows every request: compare runs with similar loads.
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }
    print(
        f"{data['vendor']} {data['database_version']} | Python {data['python']} | "
        f"Django {data['django']} | Wagtail {data['wagtail']} | {data['cpu_count']} CPUs "
        f"({data['machine']}) | load average {data['load_average_at_start']}",
        flush=True,
    )
    column_index = build_site()
    postings_seconds, columns_seconds = seed(column_index)
    data.update(
        postings=POSTINGS,
        public_postings=JobPosting.objects.public().count(),
        pages=Page.objects.count(),
        seed_postings_seconds=round(postings_seconds, 2),
        seed_columns_seconds=round(columns_seconds, 2),
    )
    print(
        f"seeded {data['postings']:,} postings ({data['public_postings']:,} public) in "
        f"{data['seed_postings_seconds']:.2f} s, {data['pages']:,} pages in "
        f"{data['seed_columns_seconds']:.2f} s",
        flush=True,
    )
    data.update(build_index())
    print(
        f"update_index: {data['index_seconds']:.2f} s for {data['index_entries']:,} entries "
        f"({data['index_analysis_seconds']:.2f} s in Sudachi over "
        f"{data['index_analysis_calls']:,} analyze() calls, {data['index_queries']:,} SQL "
        "queries)",
        flush=True,
    )
    data["analyzed"] = ANALYZE
    if not ANALYZE:
        print("no ANALYZE: the planner has no statistics (SEARCH_BENCH_ANALYZE=0)", flush=True)
    data.update(n=N, warmup=WARMUP)
    summary, ok = run_queries(data)
    data.update(
        load_average_at_end=round(os.getloadavg()[0], 2),
        generated=timezone.now().isoformat(timespec="seconds"),
        ok=ok,
        complete=True,
        summary=summary,
    )
    return data


def results_path(vendor):
    return Path(__file__).with_name(f"results-search-{vendor}.json")


def save(data):
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    results_path(data["vendor"]).write_text(text, encoding="utf-8")


def print_table_header():
    print(f"\n{N} requests per query after {WARMUP} warm-up ones; ms; results = count shown")
    header = f"{'query':<16} {'kind':<9}"
    for name, _url in ENDPOINTS:
        header += f" | {name + ' p50':>11} {'p95':>7} {'sql':>5} {'results':>7}"
    print(header, flush=True)


def print_row(row):
    line = f"{row['query']:<{16 - _wide(row['query'])}} {row['kind']:<9}"
    for name, _url in ENDPOINTS:
        cell = row[name]
        if cell["status"] != 200:
            line += f" | {'error':>11} {'':>7} {'':>5} {'':>7}"
            continue
        low, high = cell["queries_min"], cell["queries_max"]
        sql = str(low) if low == high else f"{low}-{high}"
        line += f" | {cell['p50_ms']:>11.1f} {cell['p95_ms']:>7.1f} {sql:>5} {cell['results']:>7,}"
    print(line, flush=True)


def print_summary(data):
    print(f"\nload average (1 min) at the end: {data['load_average_at_end']}")
    for name, _url in ENDPOINTS:
        s = data["summary"][name]
        if s["p50_ms"] is None:
            print(f"{name:<7} no successful request")
            continue
        print(
            f"{name:<7} overall p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms "
            f"({s['requests']} requests); slowest query {s['slowest_query']!r}: "
            f"p50 {s['slowest_p50_ms']:.1f} ms, p95 {s['slowest_p95_ms']:.1f} ms"
        )


def _wide(text):
    """How many more columns than characters `text` takes in a terminal (CJK is double)."""
    return sum(1 for ch in text if ord(ch) > 0x2E80)


def _terminated(signum, frame):
    print(f"ended by signal {signum}", file=sys.stderr, flush=True)
    sys.exit(128 + signum)


def main():
    # `timeout` and kill end the run through the `finally` below, which drops the
    # database and removes the temporary folder.
    signal.signal(signal.SIGTERM, _terminated)
    old_name, test_name = connection.settings_dict["NAME"], test_database_name()
    try:
        create_database(test_name)
        data = run()
    finally:
        # Only ever the benchmark's database: destroy_test_db drops the current NAME,
        # which is still DATABASE_URL's own database if creation did not get that far.
        if connection.settings_dict["NAME"] == test_name:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        else:
            print(f"{test_name} may be left over; the next run replaces it", file=sys.stderr)
        shutil.rmtree(TMP, ignore_errors=True)
    print_summary(data)
    save(data)
    print(f"\nwritten to {results_path(data['vendor']).relative_to(ROOT)}")
    if not data["ok"]:
        print("FAILED: a query did not answer 200", file=sys.stderr)
    return 0 if data["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

# ruff: noqa: T201, E402, S311
"""Search benchmark: 10,000 postings and 500 columns in a throwaway database, the search
index built for all of it, then Japanese queries timed on /search/ and /portal/?q= with
Django's test client. Run with `.venv/bin/python bench/search_bench.py`; see
bench/README.md."""

import datetime
import json
import math
import os
import platform
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.mkdtemp(prefix="search-bench-"))
IS_PG = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
if not IS_PG:  # never the developer's db.sqlite3: a file of our own, deleted at the end
    os.environ["DATABASE_URL"] = f"sqlite:///{TMP / 'unused.sqlite3'}"
os.environ["TEST_MEDIA_ROOT"] = os.environ["MEDIA_ROOT"] = str(TMP / "media")
os.environ["LOG_LEVEL"] = "WARNING"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.test")

import django

django.setup()

import logging

from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import wagtail
from wagtail.models import Page, Site
from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from columns.models import ColumnIndexPage, ColumnPage
from home.models import HomePage
from listings.models import Area, EmploymentType, JobCategory, JobPosting, PortalPage
from listings.models.postings import end_of_day
from search import analysis

logging.getLogger().setLevel(logging.WARNING)
warnings.filterwarnings("ignore", "No directory at", UserWarning)  # whitenoise, no collectstatic

# Smaller runs for trying things out: SEARCH_BENCH_POSTINGS=1000 SEARCH_BENCH_PAGES=50
# SEARCH_BENCH_N=3.
POSTINGS = int(os.environ.get("SEARCH_BENCH_POSTINGS", "10000"))
COLUMNS = int(os.environ.get("SEARCH_BENCH_PAGES", "500"))
BATCH = 1000
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

JOBS = [
    "定置網漁の乗組員", "漁師見習い", "旅館の調理補助", "介護職員", "訪問看護師", "一般事務",
    "配送ドライバー", "保育士", "食品工場の製造スタッフ", "鮮魚店の販売スタッフ", "施設警備員",
    "ホテルの清掃スタッフ", "農作業スタッフ", "寿司店の調理師", "土木作業員", "法人営業",
    "うどん店のホールスタッフ", "社内ＩＴ担当", "Webエンジニア", "地域おこし協力隊（観光PR）",
    "引越しスタッフ", "大工見習い", "製麺スタッフ", "観光案内スタッフ",
]  # fmt: skip
TITLE_SUFFIXES = ["", "（未経験可）", "（週3日〜）", "（急募）", "（正社員登用あり）"]
EMPLOYERS = [
    "灘浦水産", "ひみ福祉会", "氷見運送", "海老瀬製麺", "鮨まつもと", "はまなす会",
    "上庄工務店", "ひみ物流", "ネットミラー", "宇波観光旅館", "比美町商店", "阿尾農園",
]  # fmt: skip
FORMS = ["株式会社", "有限会社", "合同会社", "社会福祉法人", "医療法人"]
PLACES = ["氷見市阿尾", "氷見漁港", "富山市", "高岡市", "氷見市中央町", "灘浦", "氷見市十二町",
          "金沢市", "射水市", "氷見市朝日丘", "氷見市上庄", "東京都千代田区"]  # fmt: skip
WORKPLACES = [
    "定置網の船", "旅館", "特別養護老人ホーム", "食品工場", "鮮魚店", "寿司店",
    "うどん店", "事務所", "物流センター", "農園", "建設現場", "訪問看護ステーション",
]  # fmt: skip
TASKS = [
    "漁の準備と網の手入れ", "調理の補助と盛り付け", "入浴と食事の介助", "書類の作成と電話応対",
    "配送と集荷", "製造ラインの管理", "接客とレジ", "野菜の収穫と出荷",
    "パソコンとネットワークの管理", "観光客の案内", "引っ越し荷物の搬出と搬入",
    "ＳＮＳでの情報発信", "すしの仕込み", "利用者さまのお宅への訪問",
]  # fmt: skip
WELCOMES = [
    "未経験歓迎です", "移住者の方も大歓迎です", "経験者優遇", "シニアの方も歓迎します",
    "子育て中の方も歓迎します", "学生アルバイトも歓迎", "漁師の経験は問いません",
]  # fmt: skip
SUPPORTS = ["先輩が一から丁寧に教えます", "住まい探しもお手伝いします",
            "資格の取得を支援します", "寮があります", "移住支援金の相談に応じます"]  # fmt: skip
SCHEDULES = ["週3日から勤務できます", "土日祝は休みです", "シフト制です", "朝の早い仕事です",
             "残業はほとんどありません", "２０２６年４月入社も歓迎します"]  # fmt: skip
COMMUTES = ["車通勤ができます", "無料の駐車場があります", "駅から徒歩5分です",
            "制服は貸与します", "ドライバーが送迎します"]  # fmt: skip
WAGES = {"hour": (950, 1400, 10), "day": (8000, 13000, 500),
         "month": (170000, 300000, 5000), "year": (2800000, 5000000, 100000)}  # fmt: skip
UNITS = list(WAGES)
COLUMN_TOPICS = ["移住", "漁業", "介護", "子育て", "事業承継", "うどん", "寒ぶり", "農業",
                 "ＩＴ", "観光", "引っ越し", "地域おこし協力隊"]  # fmt: skip
RESULT_COUNT = re.compile(r'class="result-count"[^>]*>\s*([\d,]+)')


def description(rng):
    """Three to five sentences from the pools: about 100 to 200 characters."""
    sentences = [
        f"{rng.choice(PLACES)}の{rng.choice(WORKPLACES)}で、{rng.choice(TASKS)}をお願いします。",
        f"{rng.choice(WELCOMES)}。{rng.choice(SUPPORTS)}。",
        f"{rng.choice(SCHEDULES)}。{rng.choice(COMMUTES)}。",
        f"{rng.choice(TASKS)}のほか、{rng.choice(TASKS)}もお任せします。",
        f"{rng.choice(WELCOMES)}。",
    ]
    return "".join(sentences[: rng.randint(3, 5)])


def test_database_name():
    # Not test_<name> nor portal_bench's _bench: either may be in use at the same time.
    name = connection.settings_dict["NAME"]
    return f"test_{name}_searchbench" if IS_PG else str(TMP / "searchbench.sqlite3")


def create_database(test_name):
    """A fresh database of the benchmark's own (destroy_test_db drops it)."""
    connection.settings_dict["TEST"]["NAME"] = test_name
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)


def build_site():
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="ホーム", slug="home", hero_title="氷見で働く"))
    home.save_revision().publish()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    portal = home.add_child(
        instance=PortalPage(title="しごとマッチングポータル", slug="portal", intro="氷見の求人")
    )
    portal.save_revision().publish()
    columns = home.add_child(
        instance=ColumnIndexPage(title="『働く』を考える。", slug="columns", intro="働くこと")
    )
    columns.save_revision().publish()
    return columns


def make_posting(i, rng, taxonomies, today, now):
    categories, types, areas = taxonomies
    unit = UNITS[i % len(UNITS)]
    low, high, step = WAGES[unit]
    wage_min = rng.randrange(low, high, step)
    published = now - datetime.timedelta(minutes=rng.randint(10, 60 * 24 * 60))
    posting = JobPosting(
        title=JOBS[i % len(JOBS)] + rng.choice(TITLE_SUFFIXES),
        employer_name=f"{rng.choice(FORMS)}{rng.choice(EMPLOYERS)}",
        category=categories[i % len(categories)],
        employment_type=types[i % len(types)],
        area=areas[i % len(areas)],
        description=description(rng),
        wage_min=wage_min,
        wage_max=wage_min + step * rng.randint(0, 20),
        wage_unit=unit,
        working_hours="8:30〜17:30（休憩60分）",
        holidays="週休2日（シフト制）",
        insurance=["employment", "workers_comp"],
        address=f"{rng.choice(PLACES)}{rng.randint(1, 999)}-{rng.randint(1, 20)}",
        apply_email=f"jobs{i}@example.jp",
        valid_through=today + datetime.timedelta(days=rng.randint(1, 90)),
        submitter_email=f"owner{i}@example.jp",
        source="form",
        live=True,
        first_published_at=published,
        last_published_at=published,
        closed_reason="",
    )
    if i % 20 == 7:  # deadline passed, publish_scheduled has not run yet
        posting.valid_through = today - datetime.timedelta(days=rng.randint(1, 30))
    elif i % 20 == 13:  # filled
        posting.live = False
        posting.closed_reason = "filled"
        posting.closed_at = now
    posting.expire_at = end_of_day(posting.valid_through)  # save() would do it; bulk does not
    return posting


def seed(column_index):
    """Postings with bulk_create, columns one by one (pages cannot be bulk-created: they
    use multi-table inheritance and treebeard paths). Automatic indexing is switched off
    meanwhile, so that the index is built once, and timed, afterwards."""
    rng = random.Random(20_260_101)
    taxonomies = [list(m.objects.order_by("pk")) for m in (JobCategory, EmploymentType, Area)]
    today, now = timezone.localdate(), timezone.now()
    indexed = get_indexed_models()
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        started = time.perf_counter()
        JobPosting.objects.bulk_create(
            [make_posting(i, rng, taxonomies, today, now) for i in range(POSTINGS)],
            batch_size=BATCH,
        )
        postings_seconds = time.perf_counter() - started
        started = time.perf_counter()
        for i in range(COLUMNS):
            topic = rng.choice(COLUMN_TOPICS)
            column_index.add_child(
                instance=ColumnPage(
                    title=f"{topic}の話 第{i + 1}回",
                    slug=f"column-{i + 1}",
                    lead=description(rng),
                    listing_summary=f"{topic}について、{rng.choice(PLACES)}で聞きました。",
                    date=today - datetime.timedelta(days=i),
                    first_published_at=now - datetime.timedelta(days=i),
                )
            )
        columns_seconds = time.perf_counter() - started
    finally:
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)
    return postings_seconds, columns_seconds


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


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


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


def database_version():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version" if IS_PG else "SELECT sqlite_version()")
        return cursor.fetchone()[0]


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

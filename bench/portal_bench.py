# ruff: noqa: T201, E402, S311
"""Portal benchmark: 10,000 postings in a throwaway database, the portal's public URLs timed
in-process with Django's test client. Run with `make bench`; see bench/README.md."""

import datetime
import os
import platform
import random
import sys
import time
import traceback

from common import (
    IS_PG,
    database_version,
    in_own_database,
    percentile,
    start_django,
    write_results,
)

TMP = start_django("portal-bench-")

import django
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import wagtail
from wagtail.models import Page, Site

from home.models import HomePage
from listings.models import Area, EmploymentType, JobCategory, JobPosting, PortalPage, WelcomeTag
from listings.models.postings import end_of_day

POSTINGS = 10_000
BATCH = 1000
N, WARMUP = 200, 10
KEYWORD = "調理"  # in two of the job titles below
JOBS = [
    "定置網漁の乗組員", "旅館の調理補助", "介護職員", "一般事務", "配送ドライバー", "保育士",
    "食品工場の製造スタッフ", "鮮魚店の販売スタッフ", "施設警備員", "ホテルの清掃スタッフ",
    "農作業スタッフ", "寿司店の調理師", "土木作業員", "訪問看護師", "法人営業",
]  # fmt: skip
TITLE_SUFFIXES = ["", "（未経験可）", "（週3日〜）", "（急募）", "（正社員登用あり）"]
PLACES = ["氷見", "灘浦", "比美", "阿尾", "宇波", "上庄", "十二町", "仏生寺", "朝日丘", "窪"]
KINDS = ["水産", "観光旅館", "福祉会", "運輸", "食品", "建設", "農園", "商店", "医療会", "警備"]
FORMS = ["株式会社", "有限会社", "合同会社", "社会福祉法人"]
TOWNS = ["阿尾", "宇波", "中央町", "本町", "比美町", "窪", "島尾", "柳田", "上庄", "余川"]
SENTENCES = [
    "氷見漁港のすぐそばにある職場で、地元の仲間と一緒に働きませんか。",
    "未経験の方にも先輩スタッフが一から丁寧に教えますので安心してご応募ください。",
    "朝の早い仕事ですが、午後は家族との時間や趣味にゆっくり使えます。",
    "移住してきたスタッフも多く、住まい探しや地域の行事についても相談できます。",
    "繁忙期は春と秋で、それ以外の時期は比較的落ち着いて働くことができます。",
    "車通勤ができ、無料の駐車場を用意しています。制服は貸与します。",
    "子育て中の方も多く、学校行事や急なお休みにも柔軟に対応しています。",
    "地元の食材を扱う仕事なので、氷見の魅力を毎日肌で感じられます。",
]
HOURS = ["8:30〜17:30（休憩60分）", "4:00〜11:00", "9:00〜15:00の間で4時間程度",
         "シフト制（7:00〜22:00）", "22:00〜翌6:00（休憩60分）"]  # fmt: skip
HOLIDAYS = ["土日祝", "週休2日（シフト制）", "日曜・荒天時", "4週8休", "月8日程度"]
WAGES = {"hour": (950, 1400, 10), "day": (8000, 13000, 500),
         "month": (170000, 300000, 5000), "year": (2800000, 5000000, 100000)}  # fmt: skip
UNITS = list(WAGES)


def test_database_name():
    # Not test_<name>: a concurrent `make test` on PostgreSQL may be using that one.
    name = connection.settings_dict["NAME"]
    return f"test_{name}_bench" if IS_PG else str(TMP / "bench.sqlite3")


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


def make_posting(i, rng, taxonomies, today, now):
    categories, types, areas = taxonomies
    unit = UNITS[i % len(UNITS)]
    low, high, step = WAGES[unit]
    wage_min = rng.randrange(low, high, step)
    wage_max = None if i % 10 == 3 else wage_min + step * rng.randint(0, 20)
    published = now - datetime.timedelta(minutes=rng.randint(10, 60 * 24 * 60))
    posting = JobPosting(
        title=JOBS[i % len(JOBS)] + rng.choice(TITLE_SUFFIXES),
        employer_name=f"{FORMS[i % 4]}{rng.choice(PLACES)}{rng.choice(KINDS)}",
        category=categories[i % len(categories)],
        employment_type=types[i % len(types)],
        area=areas[i % len(areas)],
        description="".join(rng.sample(SENTENCES, 4)),  # about 150 characters
        wage_min=wage_min,
        wage_max=wage_max,
        wage_unit=unit,
        working_hours=rng.choice(HOURS),
        holidays=rng.choice(HOLIDAYS),
        insurance=["employment", "workers_comp"] if i % 3 else [],
        address=f"氷見市{rng.choice(TOWNS)}{rng.randint(1, 999)}-{rng.randint(1, 20)}",
        apply_email=f"jobs{i}@example.jp",
        apply_phone="0766-00-0000" if i % 2 else "",
        valid_through=today + datetime.timedelta(days=rng.randint(1, 90)),
        submitter_email=f"owner{i}@example.jp",
        source="form",
        live=True,
        first_published_at=published,
        last_published_at=min(now, published + datetime.timedelta(days=rng.randint(0, 5))),
        closed_reason="",
    )
    if i % 20 == 7:  # deadline passed, publish_scheduled has not run yet
        posting.valid_through = today - datetime.timedelta(days=rng.randint(1, 30))
    elif i % 20 == 13:  # filled or withdrawn
        posting.live = False
        posting.closed_reason = rng.choice(["filled", "withdrawn"])
        posting.closed_at = now - datetime.timedelta(days=rng.randint(0, 10))
    posting.expire_at = end_of_day(posting.valid_through)  # save() would do it; bulk does not
    return posting


def seed():
    rng = random.Random(20_260_101)
    taxonomies = [list(m.objects.order_by("pk")) for m in (JobCategory, EmploymentType, Area)]
    tags = list(WelcomeTag.objects.order_by("pk"))
    today, now = timezone.localdate(), timezone.now()
    started = time.perf_counter()
    postings = JobPosting.objects.bulk_create(
        [make_posting(i, rng, taxonomies, today, now) for i in range(POSTINGS)], batch_size=BATCH
    )
    through = JobPosting.welcome_tags.through
    links = [
        through(jobposting_id=posting.pk, welcometag_id=tag.pk)
        for posting in postings
        for tag in rng.sample(tags, rng.randint(1, 3))
    ]
    through.objects.bulk_create(links, batch_size=BATCH)
    return time.perf_counter() - started


def measure(client, urls, n, warmup):
    """Time `n` requests after `warmup` ones; `urls(i)` gives the i-th address."""
    for i in range(warmup):
        client.get(urls(n + i))
    times, queries, statuses, size = [], [], set(), 0
    for i in range(n):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(urls(i))
            times.append(time.perf_counter() - started)
        queries.append(len(captured))
        statuses.add(response.status_code)
        size = len(response.content)
    ms = [t * 1000 for t in times]
    return {
        "status": statuses.pop() if len(statuses) == 1 else sorted(statuses),
        "p50_ms": round(percentile(ms, 50), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "mean_ms": round(sum(ms) / n, 2),
        "queries_min": min(queries),
        "queries_max": max(queries),
        "kb": round(size / 1024, 1),
    }


def scenarios():
    public = JobPosting.objects.public()
    sample = public.filter(wage_unit="month", wage_max__gte=200_000).select_related(
        "category", "area"
    )[0]
    filtered = (
        f"/portal/?category={sample.category.slug}&area={sample.area.slug}"
        "&wage_unit=month&wage=200000&sort=wage"
    )
    if not public.filter(title__contains=KEYWORD).exists():
        raise SystemExit(f"keyword {KEYWORD!r} is in no title")
    ids = list(public.values_list("pk", flat=True))
    random.Random(7).shuffle(ids)
    fixed = lambda url: lambda i: url  # noqa: E731
    return [
        ("index", fixed("/portal/"), N, WARMUP),
        ("filtered", fixed(filtered), N, WARMUP),
        ("keyword", fixed(f"/portal/?q={KEYWORD}"), N, WARMUP),
        ("page 50", fixed("/portal/?page=50"), N, WARMUP),
        ("detail", lambda i: f"/portal/{ids[i % len(ids)]}/", N, WARMUP),
        ("postings.json", fixed("/portal/postings.json"), 20, 2),
        ("feed", fixed("/portal/feed/"), N, WARMUP),
    ]


def run():
    build_site()
    seed_seconds = seed()
    client = Client(HTTP_HOST="localhost")
    results, ok = [], True
    for name, urls, n, warmup in scenarios():
        row = {"scenario": name, "url": urls(0), "n": n}
        try:
            row.update(measure(client, urls, n, warmup))
        except Exception:
            row["status"] = "error"
            row["traceback"] = traceback.format_exc()
            print(f"--- {name} ({row['url']}) failed:\n{row['traceback']}", file=sys.stderr)
        ok = ok and row["status"] == 200
        results.append(row)
    return {
        "vendor": connection.vendor,
        "database_version": database_version(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "cpu_count": os.cpu_count(),
        "machine": f"{platform.system()} {platform.machine()}",
        "postings": POSTINGS,
        "public_postings": JobPosting.objects.public().count(),
        "seed_seconds": round(seed_seconds, 2),
        "generated": timezone.now().isoformat(timespec="seconds"),
        "ok": ok,
        "scenarios": results,
    }


def report(data):
    print(
        f"{data['vendor']} {data['database_version']} | Python {data['python']} | "
        f"Django {data['django']} | Wagtail {data['wagtail']} | {data['cpu_count']} CPUs "
        f"({data['machine']})"
    )
    print(
        f"seeded {data['postings']:,} postings ({data['public_postings']:,} public) "
        f"in {data['seed_seconds']:.2f} s"
    )
    header = f"{'scenario':<14} {'n':>4} {'status':>6} {'p50 ms':>9} {'p95 ms':>9} {'mean ms':>9}"
    print(f"\n{header} {'queries':>8} {'KB':>8}")
    for row in data["scenarios"]:
        if row["status"] == "error":
            print(f"{row['scenario']:<14} {row['n']:>4} {'error':>6}")
            continue
        low, high = row["queries_min"], row["queries_max"]
        queries = str(low) if low == high else f"{low}-{high}"
        print(
            f"{row['scenario']:<14} {row['n']:>4} {row['status']!s:>6} {row['p50_ms']:>9.1f} "
            f"{row['p95_ms']:>9.1f} {row['mean_ms']:>9.1f} {queries:>8} {row['kb']:>8.1f}"
        )


def main():
    data = in_own_database(test_database_name(), TMP, run)
    report(data)
    out = write_results(data, f"results-{data['vendor']}.json")
    print(f"\nwritten to {out}")
    if not data["ok"]:
        print("FAILED: a scenario did not answer 200", file=sys.stderr)
    return 0 if data["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

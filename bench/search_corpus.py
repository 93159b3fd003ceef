# ruff: noqa: S311
"""The search benchmark's corpus: postings and columns put together from word pools with a
fixed random seed, so that the queries hit between a few hundred and most postings."""

import datetime
import os
import random
import time

from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.models import Page, Site

from columns.models import ColumnIndexPage, ColumnPage
from home.models import HomePage
from listings.models import Area, EmploymentType, JobCategory, JobPosting, PortalPage
from listings.models.postings import end_of_day

# Smaller runs for trying things out: SEARCH_BENCH_POSTINGS=1000 SEARCH_BENCH_PAGES=50.
POSTINGS = int(os.environ.get("SEARCH_BENCH_POSTINGS", "10000"))
COLUMNS = int(os.environ.get("SEARCH_BENCH_PAGES", "500"))
BATCH = 1000

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

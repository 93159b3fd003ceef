"""A fixed set of Japanese documents for the search query-set test (test_query_set.py).

Every document has a short key; the test names the keys a query must find and the keys it
must not. The texts are written to exercise one thing each where possible, so keep them
that way when adding documents:

- 東京都 appears only in Tokyo documents, 京都 only in Kyoto ones (京都 ⊂ 東京都).
- 富山 appears only inside 富山市 (c_toyama_commute, p_moving_toyama).
- 引越し and 引っ越し, うどん and ウドン, ＩＴ and IT, ２０２６ and 2026 are each split over
  different documents, so a query written one way must find the other.
- Hidden documents (drafts, postings in moderation, expired, filled, withdrawn, and the
  names of an anonymous succession story) carry words that public queries use, so a
  leak shows up as a hit.
"""

from listings.models import Area, EmploymentType, JobCategory
from tests.factories import StandardPageFactory, make_column
from tests.factories.listings import (
    FeatureIndexPageFactory,
    JobFeaturePageFactory,
    PortalPageFactory,
    job_summary,
    make_posting,
)
from tests.factories.succession import SuccessionIndexPageFactory, SuccessionStoryPageFactory

# Public postings: key -> fields. category is a JobCategory code, area an Area slug,
# employment_type an EmploymentType slug.
POSTINGS = {
    "p_fisher": {
        "title": "定置網漁の乗組員",
        "employer_name": "灘浦水産株式会社",
        "description": "氷見市で漁師の仕事を募集しています。未経験歓迎、移住者の方も大歓迎。",
        "address": "氷見市宇波10-1",
        "category": "11",
        "area": "ao-uwa",
    },
    "p_care": {
        "title": "特別養護老人ホームの介護職員",
        "employer_name": "社会福祉法人ひみ福祉会",
        "description": "入居者さまの食事や入浴の介助をお願いします。介護福祉士の資格がある方は"
        "優遇します。夜勤は月4回程度です。",
        "address": "氷見市十二町100",
        "category": "08",
        "area": "junicho-fuse",
    },
    "p_it_fullwidth": {
        "title": "社内ＩＴ担当（ヘルプデスク）",
        "employer_name": "株式会社ひみ物流",
        "description": "社員約８０名のパソコンとネットワークの管理をお任せします。"
        "２０２６年４月入社の方も歓迎します。",
        "address": "氷見市朝日丘2-2",
        "category": "02",
        "area": "kubo-asahigaoka",
    },
    "p_it_halfwidth": {
        "title": "IT企業のWebエンジニア（リモート可）",
        "employer_name": "合同会社ネットミラー",
        "description": "東京都渋谷区の本社と氷見のサテライトオフィスをつなぎ、Webサービスを"
        "開発します。2026年4月から氷見で暮らしながら働けます。",
        "address": "東京都渋谷区神南1-1",
        "category": "02",
        "area": "outside-himi",
    },
    "p_udon_hiragana": {
        "title": "氷見うどんの製麺スタッフ",
        "employer_name": "有限会社海老瀬製麺",
        "description": "創業百年の工場で、麺の製造と袋詰めを担当します。",
        "address": "氷見市北大町5-5",
        "category": "12",
        "area": "central",
    },
    "p_udon_katakana": {
        "title": "手打ちウドン店のホールスタッフ",
        "employer_name": "麺処なだうら",
        "description": "観光客でにぎわう店内で、注文とお会計をお願いします。週3日からOK。",
        "address": "氷見市阿尾300",
        "category": "09",
        "area": "ao-uwa",
        "employment_type": "part-time",
    },
    "p_moving": {
        "title": "引越しスタッフ（春の短期）",
        "employer_name": "氷見運送株式会社",
        "description": "繁忙期に荷物の搬出と搬入を手伝っていただきます。",
        "address": "氷見市島尾1-1",
        "category": "15",
        "area": "shimao-yanagida",
        "employment_type": "seasonal",
    },
    "p_moving_toyama": {
        "title": "引っ越し作業の補助",
        "employer_name": "株式会社エヌ運輸",
        "description": "富山市と高岡市を中心に、家具の梱包と積み込みをお願いします。",
        "address": "富山市新桜町7-38",
        "category": "15",
        "area": "outside-himi",
    },
    "p_tokyo_sales": {
        "title": "本社の法人営業",
        "employer_name": "株式会社みらい商事",
        "description": "東京都千代田区の本社で法人営業を担当します。氷見への出張もあります。",
        "address": "東京都千代田区丸の内1-1",
        "category": "07",
        "area": "outside-himi",
    },
    "p_kyoto_inn": {
        "title": "老舗旅館の仲居",
        "employer_name": "宿さくら",
        "description": "京都市東山区の旅館で、お客さまのお出迎えとお部屋のご案内をします。",
        "address": "京都府京都市東山区1-1",
        "category": "09",
        "area": "outside-himi",
    },
    "p_buri_broker": {
        "title": "寒ぶりの仲買スタッフ",
        "employer_name": "氷見魚市場仲買協同組合",
        "description": "冬の氷見寒ぶりを中心に、朝の競りで魚を仕入れます。",
        "address": "氷見市比美町21-15",
        "category": "07",
        "area": "central",
    },
    "p_nurse": {
        "title": "訪問看護師",
        "employer_name": "医療法人はまなす会",
        "description": "車で利用者さまのお宅を訪問します。"
        "子どもの送り迎えに合わせた勤務もできます。",
        "address": "氷見市窪2000",
        "category": "04",
        "area": "kubo-asahigaoka",
    },
    "p_sushi": {
        "title": "寿司店の調理師",
        "employer_name": "鮨まつもと",
        "description": "地元の魚を握る職人を募集します。お問い合わせはお電話で。",
        "address": "氷見市中央町8-8",
        "category": "09",
        "area": "central",
    },
    "p_carpenter": {
        "title": "大工（見習い可）",
        "employer_name": "株式会社上庄工務店",
        "description": "経験者優遇。未就学児のお子さんがいる方もご相談ください。",
        "address": "氷見市上庄50",
        "category": "14",
        "area": "kamisho-kumanashi",
    },
    "p_kyoryokutai": {
        "title": "地域おこし協力隊（観光PR）",
        "employer_name": "氷見市観光協会",
        "description": "ＳＮＳとホームページで氷見の観光情報を発信します。任期は最長3年です。",
        "address": "氷見市比美町1-1",
        "category": "09",
        "area": "central",
        "employment_type": "regional-revitalization",
    },
}

# Postings the public must never see, with the words public queries use.
HIDDEN_POSTINGS = {
    "x_draft": ("draft", "下書きの求人 漁師見習い"),
    "x_moderation": ("moderation", "審査中の求人 漁師見習い"),
    "x_expired": ("expired", "締切済みの求人 漁師見習い"),
    "x_expired_flagged": ("expired_flagged", "公開終了の求人 漁師見習い"),
    "x_filled": ("filled", "充足済みの求人 漁師見習い"),
    "x_withdrawn": ("withdrawn", "取り下げた求人 漁師見習い"),
}
HIDDEN_DESCRIPTION = "氷見市で漁師の仕事を募集しています。未経験歓迎、移住者の方も大歓迎。"

COLUMNS = {
    "c_fisher_life": {
        "title": "移住して漁師になった",
        "lead": "東京都から氷見に移住して三年。定置網の船に乗る毎日を聞きました。",
        "listing_summary": "漁師になった移住者の一日。",
    },
    "c_toyama_commute": {
        "title": "県庁所在地から通う",
        "lead": "富山市の中心部から車で四十分。毎朝の通勤も苦になりません。",
        "listing_summary": "車通勤の一日。",
    },
    "c_kyoto_chef": {
        "title": "古都から来た料理人",
        "lead": "京都で十年修業した料理人が、氷見の魚に惚れ込んで店を開きました。",
        "listing_summary": "料理人のいまを訪ねて。",
    },
    "c_moving_tips": {
        "title": "引っ越しの段取り",
        "lead": "荷造りの前に、業者の見積もりを三社から取りましょう。",
        "listing_summary": "住まいを移す前に読むコラム。",
    },
    "c_udon": {
        "title": "細くてコシの強い麺",
        "lead": "氷見うどんは手延べで、細くてコシが強いのが特徴です。",
        "listing_summary": "麺の話。",
    },
    "c_it": {
        "title": "ＩＴで地元企業を支える",
        "lead": "地元企業のＩＴ化を支える若手エンジニアを訪ねました。",
        "listing_summary": "仕事のデジタル化の話。",
    },
    "c_recruit_2026": {
        "title": "２０２６年の新卒採用",
        "lead": "２０２６年春、地元の新卒採用はどう変わるのでしょうか。",
        "listing_summary": "採用担当者に聞きました。",
    },
    "c_winter_fishing": {
        "title": "冬の海の仕事",
        "lead": "冬の定置網漁は、寒ぶりの季節に最盛期を迎えます。",
        "listing_summary": "網元の冬。",
    },
    "c_harbor": {
        "title": "朝の港で",
        "lead": "漁港の朝は早い。ブリを積んだ船が次々に戻ってきます。",
        "listing_summary": "港の朝の風景。",
    },
    "c_care": {
        "title": "介護の現場から",
        "lead": "介護職員として働く三人に、やりがいと大変さを聞きました。",
        "listing_summary": "福祉の仕事の話。",
    },
}
HIDDEN_COLUMNS = {
    "x_draft_column": {
        "title": "下書きコラム 漁師の朝",
        "lead": "移住して漁師になった人の、未公開の原稿です。",
        "live": False,
    },
}

STANDARD_PAGES = {
    "s_iju_desk": {
        "title": "移住相談窓口のご案内",
        "lead": "氷見市への移住を考えている方の相談を受け付けています。"
        "住まい探しもお手伝いします。",
    },
    "s_about": {
        "title": "このサイトについて",
        "lead": "氷見のしごとコモンズは、地元の求人と働く人の話を届けるメディアです。",
    },
    "s_tokyo_fair": {
        "title": "都内での相談会",
        "lead": "東京都千代田区の交流センターで、移住とお仕事の相談会を開きます。",
    },
    "s_contact": {
        "title": "問合せ先",
        "lead": "編集部へのご連絡はメールでお願いします。",
    },
}

FEATURES = {
    "f_amimoto": {
        "title": "網元で働く",
        "lead": "灘浦の網元が、乗組員を募集しています。漁師の経験は問いません。",
        "jobs": [job_summary(title="定置網漁の乗組員", location="氷見市阿尾")],
    },
    "f_care": {
        "title": "介護の仕事、はじめませんか",
        "lead": "未経験から介護職員を目指せる研修制度があります。",
        "jobs": [
            job_summary(
                title="介護職員",
                location="氷見市十二町",
                working_hours="8:30〜17:30",
                holidays="4週8休",
            )
        ],
    },
}

STORIES = {
    "st_open_fishmonger": {
        "title": "創業七十年の鮮魚店を継ぐ人を",
        "visibility": "open",
        "business_name": "浜田鮮魚店",
        "owner_name": "浜田 勝",
        "lead": "朝の市場から店に戻ると、もう常連さんが待っている。事業承継の相談を受けています。",
    },
    "st_anonymous_butcher": {
        "title": "商店街の精肉店、後継者募集",
        "visibility": "anonymous",
        "business_name": "まるやま精肉店",
        "owner_name": "丸山 太郎",
        "address": "氷見市本町9-9",
        "lead": "商店街で五十年続く精肉店です。常連さんに愛された味を継いでください。",
        "successor_wanted": "肉が好きで、商店街の行事にも顔を出せる方。",
    },
}
# What the anonymous story must never reveal, in any response.
ANONYMOUS_SECRETS = ["まるやま精肉店", "丸山 太郎", "丸山", "本町9-9"]

# The section pages the corpus hangs from are documents too (their titles show up).
SECTION_TITLES = {
    "home": "ホーム",
    "column_index": "『働く』を考える。",
    "portal": "しごとマッチングポータル",
    "feature_index": "氷見で働く。",
    "succession_index": "氷見で継なぐ。",
}

HIDDEN_KEYS = {*HIDDEN_POSTINGS, *HIDDEN_COLUMNS}


def posting_display(fields):
    """How /search/ shows a posting's title."""
    return f"{fields['title']}（{fields['employer_name']}）"


def _posting_kwargs(fields):
    kwargs = dict(fields)
    kwargs["category"] = JobCategory.objects.get(code=kwargs.pop("category"))
    kwargs["area"] = Area.objects.get(slug=kwargs.pop("area"))
    kwargs["employment_type"] = EmploymentType.objects.get(
        slug=kwargs.pop("employment_type", "full-time")
    )
    return kwargs


def build(home_page, column_index):
    """Create every document under `home_page` (a HomePage at the site root) and
    `column_index`. Returns the titles: {"search": {title: key}, "portal": {title: key}}."""
    portal = PortalPageFactory(parent=home_page)
    feature_index = FeatureIndexPageFactory(parent=home_page)
    succession_index = SuccessionIndexPageFactory(parent=home_page)
    assert portal.title == SECTION_TITLES["portal"]
    assert feature_index.title == SECTION_TITLES["feature_index"]
    assert succession_index.title == SECTION_TITLES["succession_index"]

    search_titles = {title: key for key, title in SECTION_TITLES.items()}
    portal_titles = {}
    for key, fields in POSTINGS.items():
        make_posting("public", **_posting_kwargs(fields))
        search_titles[posting_display(fields)] = key
        portal_titles[fields["title"]] = key
    for key, (state, title) in HIDDEN_POSTINGS.items():
        fields = {
            "title": title,
            "employer_name": "氷見定置網株式会社",
            "description": HIDDEN_DESCRIPTION,
            "address": "氷見市阿尾1-1",
            "category": "11",
            "area": "ao-uwa",
        }
        make_posting(state, **_posting_kwargs(fields))
        search_titles[posting_display(fields)] = key
        portal_titles[title] = key
    for key, fields in {**COLUMNS, **HIDDEN_COLUMNS}.items():
        make_column(column_index, **fields)
        search_titles[fields["title"]] = key
    for key, fields in STANDARD_PAGES.items():
        StandardPageFactory(parent=home_page, **fields)
        search_titles[fields["title"]] = key
    for key, fields in FEATURES.items():
        JobFeaturePageFactory(parent=feature_index, **fields)
        search_titles[fields["title"]] = key
    for key, fields in STORIES.items():
        SuccessionStoryPageFactory(parent=succession_index, **fields)
        search_titles[fields["title"]] = key
    return {"search": search_titles, "portal": portal_titles}

"""The site itself: settings, home page, people, photos and demo logins (all fictional)."""

from home import roles

SITE_NAME = "氷見のしごとコモンズ"
HOME_SLUG = "home"

SITE = {"hostname": "localhost", "port": 80, "site_name": SITE_NAME, "is_default_site": True}

SITE_SETTINGS = {
    "site_name": SITE_NAME,
    "tagline": "氷見で働く、氷見を継ぐ。みんなでつくる仕事のメディア",
    "contact_email": "info@example.jp",
    "editorial_email": "henshu@example.jp",
    "x_url": "https://x.example.com/himi_shigoto",
    "instagram_url": "https://instagram.example.com/himi_shigoto",
    "facebook_url": "https://facebook.example.com/himi.shigoto",
    "line_url": "https://line.example.com/himi_shigoto",
    "footer_note": "氷見市内の事業者・氷見市・市民が共同で運営しています。",
}

HOME = {
    "title": SITE_NAME,
    "hero_title": "海と山のあいだで、はたらく。",
    "hero_text": (
        "氷見のしごとコモンズは、市内の事業者と氷見市、市民がいっしょに運営する"
        "仕事のメディアと無料の求人ポータルです。求人特集、コラム、事業承継の物語を"
        "とおして、この町で働く人の声を届けます。"
    ),
    "hero_image": "tateyama-bay",
    "listing_image": "tateyama-bay",
    "listing_summary": (
        "富山県氷見市の仕事のメディアと無料の求人ポータル。事業者・市・市民が共同で運営しています。"
    ),
    "body": [
        ("h2", "みんなで運営するメディアです"),
        (
            "p",
            "記事を書く人、写真を撮る人、求人の掲載を審査する人、サイトを支える人。"
            "役割を分けて、多くの手でこのサイトを運営しています。何を載せるかを決める"
            "方法も公開しています。",
        ),
        (
            "cta",
            "求人を無料で掲載する",
            "市内の事業者なら、アカウントなしで求人を無料で掲載できます。",
            "掲載フォームへ",
            "submit",  # the form itself (/portal/submit/), not the list of postings
        ),
        (
            "cta",
            "このサイトについて",
            "運営のしくみと、参加の方法を紹介しています。",
            "詳しく読む",
            "about",
        ),
    ],
}

# Credit roles: slugs as seeded by home/migrations/0003 (names only used if one is missing).
ROLE_NAMES = {
    "writer": "ライター",
    "photographer": "フォトグラファー",
    "editor": "編集",
    "interviewee": "取材協力",
}

PEOPLE = [
    {
        "key": "nakagawa",
        "name": "中川 ひかり",
        "kana": "ナカガワ ヒカリ",
        "roles": ["writer", "editor"],
        "bio": "氷見市出身。東京の出版社で雑誌の編集に携わったのち、2019年にUターン。"
        "本サイトの編集長として、特集の企画と編集を担当しています。",
    },
    {
        "key": "matsui",
        "name": "松井 健太",
        "kana": "マツイ ケンタ",
        "roles": ["writer"],
        "bio": "富山市在住のフリーライター。漁業や農業など一次産業の現場を中心に、"
        "県内各地で取材を続けています。",
    },
    {
        "key": "okamoto",
        "name": "岡本 真琴",
        "kana": "オカモト マコト",
        "roles": ["writer"],
        "bio": "2021年に大阪から家族で氷見へ移住。ウェブ制作の仕事をしながら、"
        "移住や子育てについて書いています。二児の母。",
    },
    {
        "key": "hamada",
        "name": "浜田 修一",
        "kana": "ハマダ シュウイチ",
        "roles": ["writer"],
        "bio": "元・地元金融機関の職員。事業承継の相談に長く関わった経験から、"
        "地域の商いと継ぎ手の話を書いています。",
    },
    {
        "key": "sakurai",
        "name": "桜井 典子",
        "kana": "サクライ ノリコ",
        "roles": ["editor"],
        "bio": "市内の印刷会社に勤めながら、編集部で校正と進行管理を担当しています。",
    },
    {
        "key": "mori",
        "name": "森 航平",
        "kana": "モリ コウヘイ",
        "roles": ["photographer"],
        "bio": "氷見市在住の写真家。灘浦の海と立山連峰を二十年にわたって撮り続けています。",
    },
    {
        "key": "takada",
        "name": "高田 美咲",
        "kana": "タカダ ミサキ",
        "roles": ["photographer"],
        "bio": "高岡市出身。人物の写真を得意とし、働く人の手元や表情を丁寧に撮ります。",
    },
    {
        "key": "taniguchi",
        "name": "谷口 陸",
        "kana": "タニグチ リク",
        "roles": ["photographer", "writer"],
        "bio": "風景写真のフォトグラファー。市内の農業法人に勤めながら、季節ごとの田んぼを"
        "記録しています。",
    },
    {
        "key": "yamamoto",
        "name": "山本 勇",
        "kana": "ヤマモト イサム",
        "roles": ["interviewee"],
        "bio": "灘浦の定置網漁の船頭。漁師になって四十年。",
    },
    {
        "key": "maeda",
        "name": "前田 早苗",
        "kana": "マエダ サナエ",
        "roles": ["interviewee"],
        "bio": "十二町で米と大豆をつくる「まえだ農園」代表。",
    },
    {
        "key": "kawahara",
        "name": "川原 直樹",
        "kana": "カワハラ ナオキ",
        "roles": ["interviewee"],
        "bio": "比美町の「川原たたみ工房」三代目。2022年に家業を継ぐ。",
    },
    {
        "key": "hayashi",
        "name": "林 あかね",
        "kana": "ハヤシ アカネ",
        "roles": ["interviewee"],
        "bio": "島尾の古民家カフェ「うみなり」店主。2020年に金沢から移住。",
    },
    {
        "key": "kitamura",
        "name": "北村 拓也",
        "kana": "キタムラ タクヤ",
        "roles": ["interviewee"],
        "bio": "東京のIT企業に勤めるエンジニア。灘浦の古い家を借りてリモートワーク中。",
    },
]

STAFF_CREDIT = "氷見のしごとコモンズ編集部"  # the templates add 「写真：」

# `scene` and `options` choose the drawing in home.demo.images; `credit` is a person key.
IMAGES = [
    {
        "key": "tateyama-bay",
        "scene": "bay",
        "credit": "mori",
        "title": "富山湾越しの立山連峰",
        "description": "青い海の向こうに、雪をいただいた立山連峰が連なっている。",
        "caption": "氷見の海岸から望む立山連峰。空気の澄んだ朝は、海の上に山並みが浮かんで見える。",
    },
    {
        "key": "winter-bay",
        "scene": "bay",
        "options": {"season": "winter"},
        "credit": "mori",
        "title": "冬の富山湾と漁船",
        "description": "灰色の冬空の下、雪の立山連峰を背に一隻の漁船が海を進んでいる。",
        "caption": "寒ブリの季節。冬の富山湾は色を変える。",
    },
    {
        "key": "harbor-dawn",
        "scene": "harbor",
        "credit": "taniguchi",
        "title": "夜明けの氷見漁港",
        "description": "朝焼けの空の下、防波堤の灯台と、港に戻った漁船が並んでいる。",
        "caption": "午前五時すぎ、定置網の船が次々と港に戻ってくる。",
    },
    {
        "key": "fixed-net",
        "scene": "fixed_net",
        "credit": "takada",
        "title": "灘浦沖の定置網",
        "description": "沖に並ぶオレンジ色の浮き玉のあいだで、二隻の漁船が網を引き上げている。",
        "caption": "灘浦沖の定置網。網を起こすのは夜明け前から。",
    },
    {
        "key": "rice-summer",
        "scene": "fields",
        "credit": "taniguchi",
        "title": "十二町の青田",
        "description": "緑の田んぼが、奥の低い山並みまで碁盤の目のように広がっている。",
        "caption": "田植えから一か月。十二町潟の近くの田んぼ。",
    },
    {
        "key": "rice-autumn",
        "scene": "fields",
        "options": {"season": "autumn"},
        "credit": "taniguchi",
        "title": "実りの秋の田んぼ",
        "description": "黄金色に実った稲の田んぼが広がり、奥に農家の屋根が見える。",
        "caption": "稲刈りを待つ九月の田んぼ。",
    },
    {
        "key": "shimao-beach",
        "scene": "beach",
        "credit_text": STAFF_CREDIT,
        "title": "島尾海岸の松林",
        "description": "白い砂浜と遠浅の青い海。手前に松の木が並んでいる。",
        "caption": "遠浅の島尾海岸。夏は海水浴の家族連れでにぎわう。",
    },
    {
        "key": "asahiyama-sakura",
        "scene": "blossoms",
        "credit": "takada",
        "title": "朝日山公園の桜",
        "description": "満開の桜の木々の向こうに、氷見の町並みと海が見える。",
        "caption": "朝日山公園の桜。町と海を見下ろす花見の名所。",
    },
    {
        "key": "himimachi-street",
        "scene": "town",
        "credit": "takada",
        "title": "比美町の商店街",
        "description": "両側に商店の並ぶ通りが奥へと続き、店先に明かりがともっている。",
        "caption": "比美町の商店街。空き店舗に新しい店が少しずつ増えている。",
    },
    {
        "key": "junicho-lagoon",
        "scene": "lagoon",
        "credit": "taniguchi",
        "title": "十二町潟の水面",
        "description": "静かな水面に遠くの山並みが映り、手前に葦が茂っている。",
        "caption": "十二町潟。風のない朝は鏡のような水面になる。",
    },
    {
        "key": "workshop-light",
        "scene": "workshop",
        "credit_text": STAFF_CREDIT,
        "title": "作業場の窓辺",
        "description": "薄暗い作業場に窓から光が差し込み、棚に道具や箱が並んでいる。",
        "caption": "三代続く作業場。道具の多くは先代から受け継いだもの。",
    },
    {
        "key": "ao-coast",
        "scene": "cape",
        "credit": "mori",
        "title": "阿尾の海岸",
        "description": "木々に覆われた岬が海に突き出し、沖の小島に松が一本立つ。"
        "向こうに雪の山並みが見える。",
        "caption": "阿尾の海岸から見た富山湾。",
    },
]

DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 -- documented demo logins, never in production

USERS = [
    {
        "username": "admin",
        "email": "admin@example.jp",
        "last_name": "管理者",
        "is_superuser": True,
        "is_staff": True,
        "groups": [],
    },
    {
        "username": "writer",
        "email": "writer@example.jp",
        "last_name": "ライター",
        "groups": [roles.WRITERS],
    },
    {
        "username": "photographer",
        "email": "photographer@example.jp",
        "last_name": "フォトグラファー",
        "groups": [roles.PHOTOGRAPHERS],
    },
    {
        "username": "editor",
        "email": "editor@example.jp",
        "last_name": "編集部",
        "groups": [roles.EDITORS],
    },
    {
        "username": "moderator",
        "email": "moderator@example.jp",
        "last_name": "掲載審査",
        "groups": [roles.MODERATORS],
    },
]

# Every login the demo makes, by user name and e-mail together: USERS and the two more
# moderators of home/demo/transparency.py. load_demo refuses to run on a database with any
# other user (home/management/commands/load_demo.py); a second run finds only these.
DEMO_ACCOUNTS = [(spec["username"], spec["email"]) for spec in USERS] + [
    ("moderator2", "moderator2@example.jp"),
    ("moderator3", "moderator3@example.jp"),
]

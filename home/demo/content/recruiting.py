"""Recruiting: the employers behind features and postings (all fictional businesses at
real places in Himi), and the workplaces of postings by businesses with no company page.

Taxonomies are named by the slugs that listings/migrations/0002 seeds. Features and
postings are in the `recruiting_features_*` and `recruiting_postings_*` modules.
"""

from . import (
    recruiting_features_sea,
    recruiting_features_town,
    recruiting_postings_road,
    recruiting_postings_sea,
    recruiting_postings_town,
)

EMPLOYERS = [
    {
        "slug": "nadaura-oshiki",
        "name": "灘浦大敷網 株式会社",
        "kana": "ナダウラオオシキアミ",
        "industry": "漁業",
        "area": "ao-uwa",
        "address": "氷見市宇波456",
        "website": "https://nadaura-oshiki.example.jp/",
        "public_email": "nadaura-oshiki@example.jp",
        "public_phone": "0766-74-0123",
        "description": "灘浦沖で三か統の定置網を営む網元です。ブリ、イワシ、アジ、スルメイカなど、"
        "その日の朝に揚がった魚を氷見漁港に水揚げしています。乗組員は二十代から七十代まで。"
        "移住して漁師になった仲間もいます。",
    },
    {
        "slug": "umiakari",
        "name": "灘浦の宿 うみあかり",
        "kana": "ナダウラノヤド ウミアカリ",
        "industry": "宿泊業",
        "area": "ao-uwa",
        "address": "氷見市阿尾123",
        "website": "https://umiakari.example.jp/",
        "public_email": "umiakari@example.jp",
        "public_phone": "0766-72-3456",
        "description": "富山湾越しに立山連峰を望む、客室十二室の温泉旅館です。冬の寒ブリ、"
        "春のホタルイカ、夏の岩ガキと、季節の魚を地元の網元から仕入れてお出ししています。",
    },
    {
        "slug": "yanagida-seimen",
        "name": "手延べ氷見うどん 柳田製麺所",
        "kana": "テノベヒミウドン ヤナギダセイメンショ",
        "industry": "食料品製造業",
        "area": "shimao-yanagida",
        "address": "氷見市柳田2345",
        "website": "https://yanagida-seimen.example.jp/",
        "public_email": "yanagida-seimen@example.jp",
        "public_phone": "0766-91-2345",
        "description": "昭和二十八年創業。手延べの氷見うどんを、二日かけて熟成させながら"
        "つくっています。県内の土産物店や道の駅のほか、全国へ通信販売でお届けしています。",
    },
    {
        "slug": "kume-kogen-farm",
        "name": "有限会社 くめ高原牧場",
        "kana": "クメコウゲンボクジョウ",
        "industry": "畜産業",
        "area": "kume-hayakawa",
        "address": "氷見市久目789",
        "website": "https://kume-farm.example.jp/",
        "public_email": "kume-farm@example.jp",
        "public_phone": "0766-79-0789",
        "description": "久目の山あいで、黒毛和牛「氷見牛」を約百二十頭育てています。"
        "飼料用の稲も自社の田んぼでつくり、子牛から出荷まで一貫して飼育しています。",
    },
    {
        "slug": "junicho-agri",
        "name": "株式会社 十二町あぐりファーム",
        "kana": "ジュウニチョウアグリファーム",
        "industry": "農業",
        "area": "junicho-fuse",
        "address": "氷見市十二町1010",
        "website": "https://junicho-agri.example.jp/",
        "public_email": "junicho-agri@example.jp",
        "public_phone": "0766-91-1010",
        "description": "十二町潟の周りで、米、大豆、ハトムギを約六十ヘクタール栽培する"
        "農業法人です。ドローンによる防除や、作業記録のデジタル化にも取り組んでいます。",
    },
    {
        "slug": "kitaomachi-zosen",
        "name": "北大町造船鉄工 株式会社",
        "kana": "キタオオマチゾウセンテッコウ",
        "industry": "造船・鉄工業",
        "area": "central",
        "address": "氷見市北大町12-3",
        "website": "https://kitaomachi-zosen.example.jp/",
        "public_email": "kitaomachi-zosen@example.jp",
        "public_phone": "0766-72-1203",
        "description": "氷見漁港のそばで、漁船の建造と修理、水産加工場の設備の製作を"
        "手がけています。鉄とアルミの溶接、船のエンジンの整備まで、社内で行います。",
    },
    {
        "slug": "asahi-no-sato",
        "name": "社会福祉法人 あさひ福祉会 特別養護老人ホーム あさひの里",
        "kana": "アサヒフクシカイ アサヒノサト",
        "industry": "介護・福祉",
        "area": "kubo-asahigaoka",
        "address": "氷見市朝日丘4-5",
        "website": "https://asahi-no-sato.example.jp/",
        "public_email": "asahi-no-sato@example.jp",
        "public_phone": "0766-74-4545",
        "description": "朝日山のふもとにある、定員八十名の特別養護老人ホームです。"
        "ショートステイとデイサービスも併設しています。ユニットケアで、一人ひとりの"
        "暮らしのリズムを大切にしています。",
    },
    {
        "slug": "inazumi-hoikuen",
        "name": "社会福祉法人 いなづみ福祉会 いなづみ保育園",
        "kana": "イナヅミフクシカイ イナヅミホイクエン",
        "industry": "保育",
        "area": "koshiro-inazumi",
        "address": "氷見市稲積567",
        "website": "https://inazumi-hoikuen.example.jp/",
        "public_email": "inazumi-hoikuen@example.jp",
        "public_phone": "0766-91-5670",
        "description": "田んぼと里山に囲まれた、定員九十名の保育園です。"
        "園の畑で野菜を育て、近くの海へも散歩に出かけます。",
    },
    {
        "slug": "michinoeki-umitoyama",
        "name": "道の駅 うみとやま（株式会社ひみ交流公社）",
        "kana": "ミチノエキウミトヤマ",
        "industry": "小売業・飲食業",
        "area": "central",
        "address": "氷見市北大町25-8",
        "website": "https://umitoyama.example.jp/",
        "public_email": "umitoyama@example.jp",
        "public_phone": "0766-72-2580",
        "description": "氷見漁港のそばの道の駅です。鮮魚や干物、氷見うどん、氷見牛のお店と"
        "フードコート、観光案内所があり、年間およそ百万人が訪れます。",
    },
    {
        "slug": "goishi-kensetsu",
        "name": "碁石建設 株式会社",
        "kana": "ゴイシケンセツ",
        "industry": "建設業",
        "area": "goishi-busshoji",
        "address": "氷見市碁石321",
        "website": "https://goishi-kensetsu.example.jp/",
        "public_email": "goishi-kensetsu@example.jp",
        "public_phone": "0766-91-3210",
        "description": "道路や河川、農業用水路の工事と、冬の除雪を担う地元の建設会社です。"
        "能登半島地震のあとは、市内の復旧工事にも携わっています。",
    },
]

# What postings of registered employers add to the company's own contact details.
EMPLOYER_CONTACTS = {
    "nadaura-oshiki": ("宇波漁港まで氷見市街地から車で20分。マイカー通勤可", "総務 山本"),
    "umiakari": ("加越能バス「阿尾」から徒歩5分。マイカー通勤可、寮あり", "女将 浜谷"),
    "yanagida-seimen": ("JR氷見線「島尾駅」から徒歩12分。マイカー通勤可", "専務 柳田"),
    "kume-kogen-farm": ("氷見市街地から車で25分。マイカー通勤必須（駐車場あり）", "代表 久目"),
    "junicho-agri": ("氷見市街地から車で10分。マイカー通勤可", "総務 布施"),
    "kitaomachi-zosen": ("JR氷見駅から徒歩20分、氷見漁港となり。マイカー通勤可", "総務課 北"),
    "asahi-no-sato": ("加越能バス「朝日丘」から徒歩3分。職員駐車場あり", "法人本部 人事担当"),
    "inazumi-hoikuen": ("氷見市街地から車で15分。マイカー通勤可", "園長 稲積"),
    "michinoeki-umitoyama": ("JR氷見駅から車で5分。従業員駐車場あり", "管理部 採用担当"),
    "goishi-kensetsu": ("マイカー通勤可。現場へは会社の車で移動します", "総務部 碁石"),
}

# Postings by businesses without a company page: where they are and how to reach them.
WORKPLACES = {
    "himi-unso": {
        "name": "ひみ運送 株式会社",
        "area": "miyata-kano",
        "address": "氷見市加納88",
        "access": "国道160号沿い。マイカー通勤可（無料駐車場あり）",
        "apply_phone": "0766-91-0880",
        "contact_person": "総務課 村井",
    },
    "umikaze-clinic": {
        "name": "医療法人 うみかぜ会 うみかぜクリニック",
        "area": "central",
        "address": "氷見市中央町7-12",
        "access": "JR氷見駅から徒歩15分。職員駐車場あり",
        "apply_email": "umikaze-clinic@example.jp",
        "apply_phone": "0766-72-7120",
        "contact_person": "事務長 寺島",
    },
    "himi-security": {
        "name": "ひみセキュリティ 株式会社",
        "area": "kubo-asahigaoka",
        "address": "氷見市窪2020",
        "access": "現場へは会社の車で移動します。マイカー通勤可",
        "apply_phone": "0766-74-2020",
        "contact_person": "採用担当 石黒",
    },
    "banya-shokudo": {
        "name": "浜の食堂 ばんや",
        "area": "central",
        "address": "氷見市比美町3-9",
        "access": "氷見市街地、湊川沿い。加越能バス「比美町」から徒歩2分",
        "apply_phone": "0766-72-0309",
        "contact_person": "店主 浦田",
    },
    "himi-suisan": {
        "name": "氷見水産加工 株式会社",
        "area": "central",
        "address": "氷見市北大町40-1",
        "access": "氷見漁港から徒歩3分。自転車・マイカー通勤可",
        "apply_phone": "0766-72-4001",
        "apply_email": "himi-suisan@example.jp",
        "contact_person": "工場長 中島",
    },
    "tsukasa-tax": {
        "name": "つかさ税理士事務所",
        "area": "central",
        "address": "氷見市本町5-21",
        "access": "JR氷見駅から徒歩10分",
        "apply_email": "tsukasa-tax@example.jp",
        "contact_person": "税理士 司",
    },
    "himi-city-kanko": {
        "name": "氷見市 観光交流課",
        "area": "central",
        "address": "氷見市鞍川1060",
        "access": "氷見市役所内。加越能バス「氷見市役所」すぐ",
        "apply_url": "https://www.example.jp/himi-kyoryokutai/",
        "apply_email": "himi-city@example.jp",
        "contact_person": "観光交流課 地域おこし協力隊担当",
    },
    "yokawa-denki": {
        "name": "余川電設",
        "area": "yokawa-yashiro",
        "address": "氷見市余川1530",
        "access": "マイカー通勤可。現場へは社用車で直行直帰もできます",
        "apply_phone": "0766-76-1530",
        "contact_person": "代表 余川",
    },
    "takaoka-logi": {
        "name": "株式会社 高岡ロジスティクス 氷見北センター",
        "area": "outside-himi",
        "address": "高岡市佐野1200",
        "access": "能越自動車道 高岡北ICから5分。氷見市内から送迎バスあり",
        "apply_url": "https://takaoka-logi.example.jp/recruit/",
        "contact_person": "採用センター",
    },
    "mera-shinrin": {
        "name": "灘浦森林組合",
        "area": "mera",
        "address": "氷見市脇方77",
        "access": "マイカー通勤可。現場へは組合の車で移動します",
        "apply_phone": "0766-78-0077",
        "contact_person": "業務課 脇田",
    },
}

# 社会保険: what each employment type usually carries, unless a posting says otherwise.
INSURANCE_BY_TYPE = {
    "full-time": ["employment", "workers_comp", "health", "pension"],
    "contract": ["employment", "workers_comp", "health", "pension"],
    "part-time": ["employment", "workers_comp"],
    "seasonal": ["workers_comp"],
    "contractor": [],
    "regional-revitalization": ["employment", "workers_comp", "health", "pension"],
    "dispatch": ["employment", "workers_comp", "health", "pension"],
    "internship": ["workers_comp"],
}

DEFAULT_SMOKING = "屋内禁煙"

FEATURES = [*recruiting_features_sea.FEATURES, *recruiting_features_town.FEATURES]
POSTINGS = [
    *recruiting_postings_sea.POSTINGS,
    *recruiting_postings_road.POSTINGS,
    *recruiting_postings_town.POSTINGS,
]

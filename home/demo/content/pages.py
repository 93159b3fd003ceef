"""The URL tree of DESIGN.md under the home page, with each page's content.

Each node names its model as "app_label.ModelName". Sections that a later issue fills
start as `home.StandardPage` placeholders: that issue changes `model` and `fields` of its
node, and the loader replaces the placeholder (see home.demo.pages.child_page).
"""

from .submission import SUBMISSION_FORM

PLACEHOLDER_NOTE = "このページは準備中です。公開まで、もうしばらくお待ちください。"


def placeholder(title, lead, summary):
    return {
        "title": title,
        "lead": lead,
        "listing_summary": summary,
        "body": [("p", PLACEHOLDER_NOTE)],
    }


FEATURES = {
    "title": "氷見で働く。",
    "intro": (
        "求人特集「氷見で働く。」では、編集部が市内の事業者を訪ね、仕事の中身と働く人の声を"
        "紹介します。募集が終わった特集も、働く人の記録として残しています。"
    ),
    "listing_summary": "編集部が市内の事業者を訪ねる求人特集。",
    "listing_image": "harbor-dawn",
    "show_in_menus": True,
    "menu_title": "求人特集",
}

PORTAL = {
    "title": "しごとマッチングポータル",
    "intro": (
        "氷見市内の事業者が無料で掲載した求人を、職種や地域、雇用形態で探せます。"
        "掲載の前に、協力団体のスタッフが内容を確認しています。応募は事業者と直接"
        "やりとりしてください。"
    ),
    "empty_text": (
        "条件に合う求人は、いまはありません。条件を減らすか、しばらくしてからもう一度"
        "探してみてください。"
    ),
    "listing_summary": "市内の事業者が無料で掲載した求人を探せます。",
    "listing_image": "himimachi-street",
    "show_in_menus": True,
    "menu_title": "しごとポータル",
}

SUCCESSION = {
    "title": "氷見で継なぐ。",
    "intro": (
        "後継者を探す事業者と、事業を継ぎたい人。「氷見で継なぐ。」は、市内の商いを次の世代へ"
        "手渡す物語を紹介します。継ぎ手を募集している事業のほか、話し合いが進んでいるもの、"
        "引き継ぎを終えたものも、記録として残しています。"
    ),
    "inquiry_note": (
        "お問い合わせは編集部が受け付け、事業者にお伝えします。事業者の連絡先は公開して"
        "いません。編集部がお話を伺い、事業者の了解を得てから、見学や面談の場を設けます。"
        "いただいた個人情報は、この仲介のためだけに使います。"
    ),
    "listing_summary": "後継者を探す事業者と、継ぎ手になりたい人の物語。",
    "listing_image": "workshop-light",
    "show_in_menus": True,
    "menu_title": "継なぐ",
}

COLUMNS = {
    "title": "『働く』を考える。",
    "intro": (
        "移住、子育て、漁業、農業、事業承継。氷見で働く人、これから働こうとする人の声を"
        "手がかりに、「働く」ことをいっしょに考えるコラムです。"
    ),
    "listing_summary": "氷見で働く人の声から、働き方を考えるコラム。",
    "listing_image": "junicho-lagoon",
    "show_in_menus": True,
    "menu_title": "コラム",
}

ABOUT = {
    "title": "このサイトについて",
    "lead": (
        "氷見のしごとコモンズは、氷見市内の事業者・氷見市・市民が共同で運営する、"
        "仕事のメディアと無料の求人ポータルです。"
    ),
    "listing_summary": "運営のしくみと、参加の方法。",
    "listing_image": "ao-coast",
    "body": [
        ("h2", "なぜ「コモンズ」なのか"),
        (
            "p",
            "地域の仕事の情報は、これまで一人の運営者や一つの組織に頼ることが多く、"
            "担い手が変わると続かなくなることがありました。このサイトは、記事を書く人、"
            "写真を撮る人、掲載を審査する人、サイトを支える人の役割を分け、多くの手で"
            "運営しています。何を載せるかを決める力も一か所に集めず、その方法を公開して"
            "います。",
        ),
        ("h2", "このサイトでできること"),
        (
            "ul",
            [
                "求人特集「氷見で働く。」で、市内の事業者と働く人の声を読む",
                "しごとマッチングポータルで、無料で掲載された求人を探す",
                "「氷見で継なぐ。」で、事業承継の物語を読む",
                "コラム「『働く』を考える。」で、働き方について考える",
            ],
        ),
        ("h2", "求人の掲載は無料です"),
        (
            "p",
            "市内の事業者は、アカウントを作らずに求人を無料で掲載できます。掲載の前に、"
            "協力団体のスタッフが内容を確認します。応募や問い合わせは、求職者と事業者が"
            "直接やりとりします。サイトが間に入ることはありません。",
        ),
        ("h2", "運営体制"),
        (
            "p",
            "記事の編集と公開は編集部が、求人の掲載審査は複数の協力団体のスタッフが"
            "担当しています。審査の方法や件数は「運営の透明性」のページで公開しています。",
        ),
        (
            "cta",
            "運営の透明性",
            "掲載審査の方法と数字、協力団体を公開しています。",
            "透明性のページへ",
            "transparency",
        ),
        (
            "cta",
            "サポーターになる",
            "寄付やSNSでの紹介、バナーリンクでサイトを支えてください。",
            "サポーターについて",
            "supporters",
        ),
    ],
}

TRANSPARENCY = placeholder(
    "運営の透明性",
    "求人の掲載審査をどのように行っているか、その方法と件数、協力団体を公開するページです。",
    "掲載審査の方法と数字、協力団体。",
)

SUPPORTERS = placeholder(
    "サポーター",
    "氷見のしごとコモンズは、寄付やSNSでの紹介、バナーリンクなど、多くのサポーターに"
    "支えられています。",
    "このサイトを支えるサポーターの皆さん。",
)

PRIVACY = {
    "title": "プライバシーポリシー",
    "lead": (
        "氷見のしごとコモンズ運営事務局（以下「運営事務局」）は、このサイトで取り扱う"
        "個人情報を、次の方針に基づいて適切に取り扱います。"
    ),
    "listing_summary": "個人情報の取り扱いについて。",
    "body": [
        ("h2", "1. 取得する情報"),
        (
            "ul",
            [
                "求人掲載フォームに入力された事業者名、担当者名、連絡先",
                "事業承継に関するお問い合わせの内容と連絡先",
                "サポーターのお申し込みの内容",
                "アクセスログ（IPアドレス、ブラウザの種類、閲覧したページと日時）",
            ],
        ),
        ("h2", "2. 利用目的"),
        (
            "ul",
            [
                "求人の掲載審査、掲載、掲載内容に関するご連絡",
                "お問い合わせへの回答と、事業承継の相談の仲介",
                "サイトの安全な運営と、利用状況の統計的な把握",
            ],
        ),
        ("h2", "3. 第三者への提供"),
        (
            "p",
            "法令に基づく場合を除き、ご本人の同意なく個人情報を第三者に提供することは"
            "ありません。求人に掲載される連絡先は、掲載者が公開を選んだものに限ります。",
        ),
        ("h2", "4. 安全管理"),
        (
            "p",
            "個人情報へのアクセスは、業務に必要な運営スタッフに限り、通信は暗号化して"
            "います。掲載期間の終わった求人の非公開情報は、一定期間ののちに削除します。",
        ),
        ("h2", "5. 開示・訂正・削除"),
        (
            "p",
            "ご本人から個人情報の開示、訂正、削除のご請求があった場合は、ご本人であることを"
            "確認したうえで、速やかに対応します。",
        ),
        ("h2", "6. Cookieについて"),
        (
            "p",
            "このサイトは、ログインと入力フォームの保護のためにCookieを使います。広告や"
            "外部の解析サービスのためのCookieは使いません。",
        ),
        ("h2", "7. お問い合わせ窓口"),
        ("p", "氷見のしごとコモンズ運営事務局（info@example.jp）"),
        ("p", "制定日：2026年4月1日"),
    ],
}

TERMS = {
    "title": "利用規約",
    "lead": (
        "この利用規約は、氷見のしごとコモンズ（以下「本サイト」）の利用条件を定めるものです。"
        "本サイトを利用するすべての方は、この規約に同意したものとみなします。"
    ),
    "listing_summary": "本サイトの利用条件。",
    "body": [
        ("h2", "第1条（求人情報の掲載）"),
        (
            "ul",
            [
                "求人情報の掲載は無料です。",
                "掲載の前に、運営事務局と協力団体が内容を審査します。",
                "法令に反するもの、事実と異なるもの、性別や年齢などで不当に応募者を制限する"
                "ものは掲載できません。",
                "掲載期間は最長90日です。延長や取り下げは、掲載者がいつでも行えます。",
            ],
        ),
        ("h2", "第2条（禁止事項）"),
        (
            "ul",
            [
                "虚偽の情報を掲載し、または送信すること",
                "他人の権利や名誉を傷つけること",
                "本サイトの運営を妨げること",
                "本サイトの情報を、無断で営利目的に転載すること",
            ],
        ),
        ("h2", "第3条（応募と雇用契約）"),
        (
            "p",
            "応募や採用に関するやりとりは、求職者と事業者が直接行います。運営事務局は、"
            "両者の間の契約に関与せず、その内容について責任を負いません。",
        ),
        ("h2", "第4条（免責）"),
        (
            "p",
            "運営事務局は、掲載情報の正確さに努めますが、その完全性を保証するものでは"
            "ありません。本サイトの利用によって生じた損害について、運営事務局に故意または"
            "重大な過失がある場合を除き、責任を負いません。",
        ),
        ("h2", "第5条（著作権）"),
        (
            "p",
            "本サイトの記事と写真の著作権は、それぞれの著作者に帰属します。引用の範囲を"
            "超えて利用する場合は、運営事務局にご相談ください。",
        ),
        ("h2", "第6条（規約の変更）"),
        (
            "p",
            "運営事務局は、必要に応じてこの規約を変更できます。変更後の規約は、本サイトに"
            "掲載した時点から効力を生じます。",
        ),
        ("p", "制定日：2026年4月1日"),
    ],
}

# Tree order is menu order: features, portal, succession, columns, then the rest.
TREE = [
    {"slug": "features", "model": "listings.FeatureIndexPage", "fields": FEATURES},
    {
        "slug": "portal",
        "model": "listings.PortalPage",
        "fields": PORTAL,
        "children": [
            {"slug": "submit", "model": "listings.SubmissionFormPage", "fields": SUBMISSION_FORM},
        ],
    },
    {"slug": "succession", "model": "succession.SuccessionIndexPage", "fields": SUCCESSION},
    {"slug": "columns", "model": "columns.ColumnIndexPage", "fields": COLUMNS},
    {
        "slug": "about",
        "model": "home.StandardPage",
        "fields": ABOUT,
        "children": [
            {"slug": "transparency", "model": "home.StandardPage", "fields": TRANSPARENCY},
        ],
    },
    {"slug": "supporters", "model": "home.StandardPage", "fields": SUPPORTERS},
    {"slug": "privacy", "model": "home.StandardPage", "fields": PRIVACY},
    {"slug": "terms", "model": "home.StandardPage", "fields": TERMS},
]

"""Demo inquiries about the succession stories (see home.demo.content.succession)."""

# Inquiries on stories that seek a successor or are in negotiation, found again by
# (story, email). `steps` walk the status from 「新規」: (status, days after it was
# received, the note kept in the history); they are only acted out on creation.
INQUIRIES = [
    {
        "story": "uokatsu-sengyoten",
        "name": "岡田 翔太",
        "kana": "オカダ ショウタ",
        "email": "okada.shota@example.jp",
        "phone": "090-4821-3370",
        "inquirer_type": "individual",
        "background": "金沢市の鮮魚店で八年、仕入れと店頭での販売を担当しています。妻の実家が"
        "高岡市にあり、家族で富山県への移住を考えています。",
        "hope": "いつか自分の魚屋を持ちたいと思っていました。まずはお店を見学し、浜谷さんの"
        "お話を伺いたいです。競りに参加した経験はありませんが、一から学ぶつもりです。",
        "days_ago": 25,
        "steps": [
            ("in_progress", 2, "電話で経歴と希望を確認"),
            ("introduced", 9, "店主の了解を得て紹介。見学の日程を調整中"),
        ],
    },
    {
        "story": "uokatsu-sengyoten",
        "name": "森川 貴之",
        "kana": "モリカワ タカユキ",
        "email": "morikawa.takayuki@example.jp",
        "phone": "0766-72-8841",
        "inquirer_type": "company",
        "background": "氷見市内で和食店を二店舗営む会社の代表です。法事や祝いの席の仕出しも"
        "承っています。",
        "hope": "店舗の承継は難しいのですが、仕出しのお得意先を引き継ぎ、これまでと同じ品質で"
        "お届けできればと考えています。魚の仕入れでもお力になれればうれしいです。",
        "days_ago": 50,
        "steps": [
            ("in_progress", 1, "仕出し部門のみの引き継ぎを希望"),
            ("introduced", 6, "店主と面談"),
            ("concluded", 30, "仕出しの得意先の引き継ぎで合意。店舗の継ぎ手は引き続き募集"),
        ],
    },
    {
        "story": "okita-amikobo",
        "name": "松本 大地",
        "kana": "マツモト ダイチ",
        "email": "matsumoto.daichi@example.jp",
        "phone": "090-6613-2048",
        "inquirer_type": "individual",
        "background": "宇波出身の二十九歳です。名古屋の機械メーカーで設備の保守をしています。"
        "祖父は定置網の乗組員でした。",
        "hope": "地元に戻り、海の仕事に関わりたいと考えています。網元で働きながら、漁の休みの"
        "日に網の修理を教わることはできるでしょうか。",
        "days_ago": 3,
        "steps": [],
    },
    {
        "story": "okita-amikobo",
        "name": "寺井 浩二",
        "kana": "テライ コウジ",
        "email": "terai.koji@example.jp",
        "phone": "090-2274-5106",
        "inquirer_type": "company",
        "background": "石川県七尾市で漁業資材の販売と網の仕立てを行う会社で、営業部長をして"
        "います。",
        "hope": "工房の設備と得意先を引き継ぎ、当社の氷見営業所として続けられないかと考えて"
        "います。",
        "days_ago": 48,
        "steps": [
            ("in_progress", 2, "設備と得意先のみの譲渡を希望"),
            ("declined", 10, "店主は技術を継ぐ人への承継を希望。ご本人にお断りの連絡済み"),
        ],
    },
    {
        "story": "teuchi-udon-seimen",
        "name": "佐伯 由美",
        "kana": "サエキ ユミ",
        "email": "saeki.yumi@example.jp",
        "phone": "090-8350-1192",
        "inquirer_type": "individual",
        "background": "大阪市で夫とうどん店を営んで十二年になります。子どもの進学を機に、"
        "地方への移住を考えています。",
        "hope": "手打ちの製法を学び、製麺と小さな食堂をいっしょに続けられたらと思います。"
        "夫婦で見学に伺いたいです。",
        "days_ago": 10,
        "steps": [("in_progress", 1, "メールで返信。電話での面談を予定")],
    },
    {
        "story": "teuchi-udon-seimen",
        "name": "宮崎 聡",
        "kana": "ミヤザキ サトシ",
        "email": "miyazaki.satoshi@example.jp",
        "phone": "0766-23-4410",
        "inquirer_type": "company",
        "background": "高岡市で麺類と総菜の製造卸をしている会社の役員です。従業員は二十五名です。",
        "hope": "手打ちうどんを当社の新しい商品として続けたいと考えています。製法を学ぶ社員を"
        "一名出せます。",
        "days_ago": 1,
        "steps": [],
    },
    {
        "story": "umibe-minshuku",
        "name": "石黒 美穂",
        "kana": "イシグロ ミホ",
        "email": "ishiguro.miho@example.jp",
        "phone": "090-3921-7784",
        "inquirer_type": "individual",
        "background": "三年前に横浜から氷見へ移り、地域おこし協力隊として観光の仕事をしてきました。"
        "任期はこの冬で終わります。",
        "hope": "任期のあとも氷見で暮らしたいと考えています。宿の仕事は未経験ですが、女将さんの"
        "もとで料理と宿の仕事を学び、民宿として続けたいです。",
        "days_ago": 40,
        "steps": [
            ("in_progress", 3, "協力隊の担当課にも了解を得て面談"),
            ("introduced", 12, "女将と面談。冬の繁忙期に手伝いに入る予定"),
        ],
    },
    {
        "story": "miwado-wagashi",
        "name": "高木 陽介",
        "kana": "タカギ ヨウスケ",
        "email": "takagi.yosuke@example.jp",
        "phone": "090-5018-6637",
        "inquirer_type": "individual",
        "background": "金沢市の和菓子店で十年、生菓子と焼き菓子をつくってきました。三十四歳です。",
        "hope": "いつか自分の店をと考えていました。三輪堂さんの菓子と屋号を大切に引き継ぎたい"
        "です。",
        "days_ago": 140,
        "steps": [
            ("in_progress", 2, "経歴を確認し、店主に伝達"),
            ("introduced", 14, "店主と面談。一か月の試し働きのあと、承継の話し合いへ"),
        ],
    },
    {
        "story": "miwado-wagashi",
        "name": "小林 理恵",
        "kana": "コバヤシ リエ",
        "email": "kobayashi.rie@example.jp",
        "phone": "0766-74-2290",
        "inquirer_type": "individual",
        "background": "氷見市内で小さな喫茶店を営んでいます。",
        "hope": "和菓子をつくることはできませんが、店舗をお借りして、喫茶と和菓子の販売を"
        "続けられないかと思いました。",
        "days_ago": 120,
        "steps": [
            ("in_progress", 1, "店舗の賃借のみの希望"),
            ("declined", 8, "店主は菓子づくりを継ぐ人を希望。ご本人も了承"),
        ],
    },
]

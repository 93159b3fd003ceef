"""The demo loader's correction requests: what readers asked to correct or remove over the
last year, about demo postings, features and stories, in every status with its history,
so that the transparency page has figures to show.

Content is found through each model's `correction_targets()` (home.commons.corrections), looked
up by name, so `home` imports no section app. A request is found again by its fixed
submission key; it is made, walked through its statuses (by the demo moderator) and dated
back only then, so a second run changes nothing and keeps what staff did since.
"""

import datetime

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from home.commons.corrections import public_title, public_url
from home.models import CorrectionRequest, StatusChange

MODERATOR_USERNAME = "moderator"
TARGET_MODELS = {
    "posting": ("listings", "JobPosting"),
    "feature": ("listings", "JobFeaturePage"),
    "story": ("succession", "SuccessionStoryPage"),
}

# kind, which one (n-th by id), reason, details, contact, days ago, [(status, days after, note)]
REQUESTS = [
    {
        "kind": "posting",
        "index": 0,
        "reason": "inaccurate",
        "details": "勤務時間が「4:00〜11:00」となっていますが、面接で「5:00から」と聞きました。"
        "どちらが正しいのか確認をお願いします。",
        "contact_name": "",
        "contact_email": "",
        "days_ago": 340,
        "steps": [
            ("in_progress", 1, "事業所に確認中"),
            ("resolved", 4, "事業所が勤務時間を修正して再申請"),
        ],
    },
    {
        "kind": "feature",
        "index": 0,
        "reason": "personal",
        "details": "記事3枚目の写真に私が写っています。掲載の同意をしていないので、"
        "写真の差し替えか削除をお願いします。",
        "contact_name": "灘浦 由美",
        "contact_email": "yumi.demo@example.jp",
        "days_ago": 290,
        "steps": [("in_progress", 0, "編集部へ連絡"), ("resolved", 2, "写真を差し替えました")],
    },
    {
        "kind": "posting",
        "index": 1,
        "reason": "ended",
        "details": "先週この求人に応募したところ、もう採用が決まったと言われました。",
        "contact_name": "",
        "contact_email": "",
        "days_ago": 230,
        "steps": [("resolved", 1, "事業所が「募集終了」に変更")],
    },
    {
        "kind": "story",
        "index": 0,
        "reason": "inaccurate",
        "details": "創業年が違うと思います。店の看板には「昭和32年創業」とあります。",
        "contact_name": "中央町の住民",
        "contact_email": "",
        "days_ago": 170,
        "steps": [
            ("in_progress", 2, "オーナーに確認中"),
            ("no_action", 9, "オーナー確認の結果、記事の記載が正しい"),
        ],
    },
    {
        "kind": "posting",
        "index": 2,
        "reason": "unlawful",
        "details": "「20代の男性のみ」と書かれているように読めます。年齢や性別の制限は"
        "法律で原則禁止されているのではないでしょうか。",
        "contact_name": "",
        "contact_email": "check.demo@example.jp",
        "days_ago": 120,
        "steps": [
            ("in_progress", 0, "掲載審査で確認"),
            ("resolved", 3, "表現を改めるよう事業所に依頼し、修正済み"),
        ],
    },
    {
        "kind": "feature",
        "index": 1,
        "reason": "other",
        "details": "記事中の地図リンクが別の店舗を指しています。",
        "contact_name": "",
        "contact_email": "",
        "days_ago": 75,
        "steps": [("no_action", 5, "リンク先は正しい店舗でした")],
    },
    {
        "kind": "posting",
        "index": 3,
        "reason": "inaccurate",
        "details": "時給が最低賃金を下回っているように見えます。"
        "富山県の最低賃金を確認してください。",
        "contact_name": "佐藤",
        "contact_email": "sato.demo@example.jp",
        "days_ago": 30,
        "steps": [("in_progress", 1, "事業所に問い合わせ中")],
    },
    {
        "kind": "story",
        "index": 1,
        "reason": "personal",
        "details": "この記事から店が特定できてしまう気がします。表現を見直していただけますか。",
        "contact_name": "",
        "contact_email": "",
        "days_ago": 6,
        "steps": [],
    },
]


def demo_key(number):
    return f"demo-correction-{number:02d}"


def _targets(kind):
    model = apps.get_model(*TARGET_MODELS[kind])
    return list(model.correction_targets().order_by("pk"))


def build_correction_requests(ctx):
    """About eight requests, each made once with its history and dates set back."""
    moderator = get_user_model().objects.filter(username=MODERATOR_USERNAME).first()
    targets = {kind: _targets(kind) for kind in TARGET_MODELS}
    now = timezone.now()
    for number, spec in enumerate(REQUESTS, start=1):
        if CorrectionRequest.objects.filter(submission_key=demo_key(number)).exists():
            ctx.count("correction requests", False, False)
            continue
        candidates = targets[spec["kind"]]
        if not candidates:
            continue
        target = candidates[spec["index"] % len(candidates)]
        record = CorrectionRequest.objects.create(
            submission_key=demo_key(number),
            content_type=ContentType.objects.get_for_model(target),
            object_id=target.pk,
            target_title=public_title(target),
            target_url=public_url(target)[:500],
            reason=spec["reason"],
            details=spec["details"],
            contact_name=spec["contact_name"],
            contact_email=spec["contact_email"],
        )
        received = now - datetime.timedelta(days=spec["days_ago"], hours=7)
        changed_at = received
        for status, days_after, note in spec["steps"]:
            change = record.change_status(status, user=moderator, note=note)
            changed_at = received + datetime.timedelta(days=days_after, hours=3)
            StatusChange.objects.filter(pk=change.pk).update(changed_at=changed_at)
        CorrectionRequest.objects.filter(pk=record.pk).update(
            created_at=received, status_changed_at=changed_at
        )
        ctx.count("correction requests", True, False)

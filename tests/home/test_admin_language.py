"""The admin our roles use reads in Japanese: Wagtail's gaps and poor
translations are filled by our catalogues, including Wagtail's JavaScript strings
(issue 12, part 4)."""

import gettext
import json
import re
from pathlib import Path

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home.blocks import ArticleStreamBlock
from home.models import CorrectionRequest
from tests.factories.listings import make_posting
from tests.test_locale import parse_po

pytestmark = pytest.mark.django_db

JS_PO = Path(settings.BASE_DIR) / "locale" / "ja" / "LC_MESSAGES" / "djangojs.po"


def js_catalogue(client):
    """The catalogue Wagtail's admin JavaScript reads, as the browser gets it."""
    source = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", source, flags=re.S).group(1))


def test_the_admin_javascript_reads_our_japanese(client, writer):
    client.force_login(writer)
    catalogue = js_catalogue(client)
    assert catalogue["Collapse all"] == "すべて折りたたむ"
    assert catalogue["Expand all"] == "すべて展開"
    assert catalogue["Insert a block"] == "ブロックを挿入"
    for entry in parse_po(JS_PO):
        expected = entry.get("msgstr") or [entry["msgstr[0]"]]
        assert catalogue[entry["msgid"]] == expected, entry["msgid"]


def test_the_compiled_javascript_catalogue_matches_its_source():
    with JS_PO.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    entries = parse_po(JS_PO)
    assert len(entries) > 30
    for entry in entries:
        if "msgid_plural" in entry:
            assert compiled.ngettext(entry["msgid"], entry["msgid_plural"], 2) == entry["msgstr[0]"]
        else:
            assert compiled.gettext(entry["msgid"]) == entry["msgstr"], entry["msgid"]


def test_the_inbound_lists_have_no_english_count_or_filter_headings(client, moderator):
    for reason in ("inaccurate", "ended", "other"):
        CorrectionRequest.objects.create(target_title="x", reason=reason, details="y")
    client.force_login(moderator)
    index = reverse("correction_requests:index")
    html = client.get(index).content.decode()
    assert "絞り込み" in html and "コンテンツの種類" in html
    assert " out of " not in html and not re.search(r">\s*By ", html)
    filtered = client.get(index, {"reason": "other"}).content.decode()
    assert "1 件見つかりました" in filtered


def test_the_posting_editor_reads_in_japanese_for_a_moderator(client, moderator, portal):
    posting = make_posting("moderation", title="審査を待つ求人")
    client.force_login(moderator)
    html = client.get(
        reverse("wagtailsnippets_listings_jobposting:edit", args=(posting.pk,))
    ).content.decode()
    wanted = ["承認・公開", "コメントを付けて承認・公開", "差し戻す", "「掲載審査」に提出："]
    for words in [*wanted, "使用状況"]:
        assert words in html, words
    for wrong in ("変更をリクエスト", "承認と公開", " ago", "使用法"):
        assert wrong not in html, wrong


def test_the_dashboard_lists_what_awaits_the_moderator(client, moderator, portal):
    make_posting("moderation", title="審査を待つ求人")
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "あなたの審査待ち" in html and "審査を待つ求人" in html
    assert "レビューの待機中" not in html


def test_submitting_a_posting_for_review_says_so_in_plain_japanese(client, moderator, portal):
    from tests.listings.test_admin_review import editor_form

    posting = make_posting("draft", title="編集部が書いた求人")
    client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_listings_jobposting:edit", args=(posting.pk,))
    response = client.post(edit_url, editor_form(posting, **{"action-submit": "1"}), follow=True)
    messages = [str(message) for message in response.context["messages"]]
    assert any("求人『編集部が書いた求人』を審査に提出しました。" in m for m in messages), messages
    posting.refresh_from_db()
    assert posting.current_workflow_state.status == "in_progress"


def test_the_article_blocks_are_named_in_japanese():
    with translation.override("ja"):
        labels = [str(block.label) for block in ArticleStreamBlock().child_blocks.values()]
    assert labels == ["見出し", "段落", "画像", "引用", "インタビュー", "誘導ボックス"]


def test_the_login_form_labels_the_password_in_japanese(client):
    html = client.get("/admin/login/").content.decode()
    assert "Password<" not in html
    assert 'for="id_password"' in html and "パスワード<" in html

"""Wagtail's admin strings read in our Japanese (locale/wagtail/ja/, kept by hand), also
where Wagtail's own Japanese catalogue words them differently.

The msgids are never written as literal gettext calls here: makemessages reads the tests
too, and would copy them into locale/ja/ as if our own code used them.
"""

import gettext
from functools import cache
from pathlib import Path

import pytest

from django.urls import reverse
from django.utils import translation

import wagtail

from tests.test_locale import WAGTAIL_PO_FILE, msgstr, parse_po, translated


@cache
def wagtails_own_japanese():
    """Wagtail's compiled ja catalogues, merged (as Django merges its apps' catalogues)."""
    merged = gettext.NullTranslations()
    for mo in sorted(Path(wagtail.__file__).parent.glob("**/locale/ja/LC_MESSAGES/django.mo")):
        with mo.open("rb") as handle:
            catalogue = gettext.GNUTranslations(handle)
        catalogue.add_fallback(merged)
        merged = catalogue
    return merged


def test_every_hand_kept_string_reads_as_written():
    entries = parse_po(WAGTAIL_PO_FILE)
    with translation.override("ja"):
        wrong = [e["msgid"] for e in entries if translated(translation, e) != msgstr(e)]
    assert wrong == []


def test_where_wagtails_japanese_differs_ours_wins():
    differing = []
    for entry in parse_po(WAGTAIL_PO_FILE):
        wagtails = translated(wagtails_own_japanese(), entry)
        if wagtails not in (entry["msgid"], msgstr(entry)):
            differing.append((entry, wagtails))
    assert len(differing) >= 10  # "Request changes", "Awaiting your review", "Usage"...
    with translation.override("ja"):
        for entry, wagtails in differing:
            assert translated(translation, entry) == msgstr(entry) != wagtails, entry["msgid"]


@pytest.mark.parametrize(
    "msgid, wagtails, ours",
    [
        ("Request changes", "変更をリクエスト", "差し戻す"),
        ("Awaiting your review", "あなたのレビューの待機中", "あなたの審査待ち"),
        (
            "Page '%(page_title)s' has been submitted for moderation.",
            "ページ：'%(page_title)s' が調整のために提出されました。",
            "ページ『%(page_title)s』の承認を申請しました。",
        ),
    ],
)
def test_the_review_wording_is_ours_not_wagtails(msgid, wagtails, ours):
    assert wagtails_own_japanese().gettext(msgid) == wagtails
    with translation.override("ja"):
        assert translation.gettext(msgid) == ours


@pytest.mark.django_db
def test_a_string_wagtail_leaves_in_english_reads_in_japanese_on_the_login_page(client):
    html = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "ログイン状態を保持する" in html and "Remember me" not in html


@pytest.mark.django_db
def test_the_promote_tab_reads_in_our_japanese(client, editor, home_page):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(home_page.pk,))).content.decode()
    for words in ("検索エンジン向け", "サイトメニュー向け", "サイトに表示するページのタイトル"):
        assert words in html, words
    for wrong in ("For search engines", "検索エンジンのため", "サイトメニューのため"):
        assert wrong not in html, wrong

"""Inquiries: the public form, mails, who may see them, status history, the owner's list,
and the retention purge."""

import datetime

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

from home.public_forms.guards import new_form_token
from succession.models import SuccessionInquiry
from succession.models.inquiries import PURGED
from tests.factories.succession import SuccessionInquiryFactory, SuccessionStoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(succession_index, site_editorial_address):
    return SuccessionStoryPageFactory(parent=succession_index, title="和菓子店を継ぐ")


@pytest.fixture
def quick(settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {"inquiry-address": (100, 3600), "inquiry-email": (100, 3600)}


def inquiry_data(**overrides):
    data = {
        "name": "山田 花子",
        "kana": "ヤマダ ハナコ",
        "email": "hanako@example.jp",
        "phone": "０９０－１１１１－２２２２",
        "inquirer_type": "individual",
        "background": "和菓子店で8年働きました。",
        "hope": "のれんを継ぎ、地元の豆で新しい菓子も作りたい。",
        "consent": "on",
        "form_token": new_form_token(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_a_valid_inquiry_is_stored_once_and_mailed(
    client, story, quick, django_capture_on_commit_callbacks
):
    data = inquiry_data()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(story.url, data)
        client.post(story.url, data)  # sent twice: still one record
    assert response.status_code == 302 and response["Location"].endswith("?sent=1#inquiry")
    inquiry = SuccessionInquiry.objects.get()
    assert (inquiry.story_id, inquiry.status, inquiry.phone) == (story.pk, "new", "090-1111-2222")
    editors = [m for m in mail.outbox if m.to == ["editors@example.jp"]]
    confirmation = [m for m in mail.outbox if m.to == ["hanako@example.jp"]]
    assert len(editors) == 1 and len(confirmation) == 1
    assert "hanako@example.jp" not in editors[0].body  # personal data stays in the admin
    assert f"I-{inquiry.pk}" in confirmation[0].body
    for typed in ("山田", "和菓子店で8年", "のれんを継ぎ", "090"):  # only what arrived
        assert typed not in confirmation[0].subject and typed not in confirmation[0].body
    thanks = client.get(response["Location"]).content.decode()
    assert 'role="status"' in thanks


def test_one_receipt_per_address_per_hour_but_every_inquiry_is_kept(
    client, story, quick, django_capture_on_commit_callbacks
):
    for name in ("ZZ-ONE", "ZZ-TWO"):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(story.url, inquiry_data(name=name, hope="ZZ-HOPE https://spam.example/"))
    assert SuccessionInquiry.objects.count() == 2
    assert len([m for m in mail.outbox if m.to == ["editors@example.jp"]]) == 2
    [receipt] = [m for m in mail.outbox if m.to == ["hanako@example.jp"]]
    assert "ZZ-" not in receipt.body and "spam.example" not in receipt.body


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"kana": ""}, "kana"),
        ({"email": "nope"}, "email"),
        ({"phone": "123"}, "phone"),
        ({"inquirer_type": "alien"}, "inquirer_type"),
        ({"background": ""}, "background"),
        ({"hope": ""}, "hope"),
        ({"hope": "長" * 2001}, "hope"),
        ({"consent": None}, "consent"),
    ],
)
def test_each_bad_input_gets_its_message_and_stores_nothing(client, story, quick, overrides, field):
    response = client.post(story.url, inquiry_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert 'class="form-field__error"' in html
    assert "のれんを継ぎ" in html or field == "hope"  # what was typed is kept
    assert SuccessionInquiry.objects.count() == 0


def test_guards(client, story, settings):
    settings.FORM_MIN_FILL_SECONDS = 60
    assert client.post(story.url, inquiry_data()).status_code == 200  # too quick
    settings.FORM_MIN_FILL_SECONDS = 0
    assert client.post(story.url, inquiry_data(website="x")).status_code == 302  # honeypot
    assert client.post(story.url, inquiry_data(form_token="bad")).status_code == 200
    settings.FORM_RATE_LIMITS = {"inquiry-address": (1, 3600), "inquiry-email": (100, 3600)}
    assert client.post(story.url, inquiry_data()).status_code == 302
    assert client.post(story.url, inquiry_data(email="b@example.jp")).status_code == 429
    assert SuccessionInquiry.objects.count() == 1


def test_a_failing_mail_server_loses_nothing(
    client, story, quick, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise OSError("down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(story.url, inquiry_data()).status_code == 302
    assert SuccessionInquiry.objects.count() == 1


def test_individual_or_company_offers_just_the_two(client, story):
    html = client.get(story.url).content.decode()
    assert html.count('name="inquirer_type"') == 2


def test_no_form_once_the_story_is_not_seeking(client, succession_index, quick):
    story = SuccessionStoryPageFactory(parent=succession_index, status="negotiating")
    assert 'id="inquiry"' not in client.get(story.url).content.decode()
    client.post(story.url, inquiry_data())
    assert SuccessionInquiry.objects.count() == 0


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("editor", True), ("writer", False), ("moderator", False), ("photographer", False)],
)
def test_only_editors_see_inquiries(client, story, request, user, allowed):
    SuccessionInquiryFactory(story=story)
    client.force_login(request.getfixturevalue(user))
    response = client.get(reverse("succession_inquiries:index"))
    assert (response.status_code == 200) is allowed
    report = client.get(reverse("succession_owner_report", args=(story.pk,)))
    assert (report.status_code == 200) is allowed


def test_status_changes_are_kept_with_who_and_when(client, story, editor):
    inquiry = SuccessionInquiryFactory(story=story)
    client.force_login(editor)
    url = reverse("succession_inquiries:edit", args=(inquiry.pk,))
    assert client.get(url).status_code == 200
    data = {"status": "in_progress", "status_note": "折り返し待ち", "staff_notes": "電話しました"}
    response = client.post(url, data)
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.staff_notes) == ("in_progress", "電話しました")
    [change] = inquiry.status_changes
    assert change.data == {"old": "new", "new": "in_progress", "note": "折り返し待ち"}
    assert change.user == editor
    history = client.get(url).content.decode().partition('class="status-history"')[2]
    assert editor.get_full_name() in history.partition("</ol>")[0]
    assert "折り返し待ち" in history.partition("</ol>")[0]
    assert "電話しました" not in client.get(story.url).content.decode()


def test_owner_report_lists_every_inquiry_without_contacts(client, story, editor):
    SuccessionInquiryFactory(story=story, email="private-1@example.jp")
    declined = SuccessionInquiryFactory(story=story, email="private-2@example.jp")
    declined.change_status("declined", user=editor)
    client.force_login(editor)
    html = client.get(reverse("succession_owner_report", args=(story.pk,))).content.decode()
    assert "private-1@example.jp" not in html and "private-2@example.jp" not in html
    assert "2 件" in html or "2 inquiries" in html


def test_purge_removes_personal_data_of_old_closed_inquiries(story, editor, settings):
    settings.SUCCESSION_INQUIRY_RETENTION_DAYS = 30
    old_closed = SuccessionInquiryFactory(story=story, email="old@example.jp")
    old_closed.change_status("concluded", user=editor)
    recent_closed = SuccessionInquiryFactory(story=story, email="recent@example.jp")
    recent_closed.change_status("declined", user=editor)
    old_open = SuccessionInquiryFactory(story=story, email="open@example.jp")
    long_ago = timezone.now() - datetime.timedelta(days=31)
    SuccessionInquiry.objects.filter(pk__in=[old_closed.pk, old_open.pk]).update(
        status_changed_at=long_ago
    )

    call_command("purge_inquiries", "--dry-run", verbosity=0)
    assert SuccessionInquiry.objects.get(pk=old_closed.pk).email == "old@example.jp"
    call_command("purge_inquiries", verbosity=0)
    purged = SuccessionInquiry.objects.get(pk=old_closed.pk)
    assert purged.name == PURGED and "old@example.jp" not in purged.email and purged.phone == ""
    assert purged.purged_at is not None and purged.status == "concluded"
    assert purged.status_changes.count() == 1  # the history stays
    # …without the name that each log entry's label carried
    assert {entry.label for entry in purged.status_changes} == {f"和菓子店を継ぐ — {PURGED}"}
    assert SuccessionInquiry.objects.get(pk=recent_closed.pk).email == "recent@example.jp"
    assert SuccessionInquiry.objects.get(pk=old_open.pk).email == "open@example.jp"


def test_a_deleted_inquiry_leaves_no_name_in_the_log(client, story, editor):
    inquiry = SuccessionInquiryFactory(story=story, name="氷見 太郎")
    inquiry.change_status("in_progress", user=editor)
    client.force_login(editor)
    url = reverse("succession_inquiries:delete", args=(inquiry.pk,))
    assert client.post(url).status_code == 302
    labels = set(
        ModelLogEntry.objects.filter(object_id=str(inquiry.pk)).values_list("label", flat=True)
    )
    assert labels and not any("氷見 太郎" in label for label in labels)


def test_editors_hold_add_on_inquiries_yet_cannot_add_one(client, story, editor):
    assert editor.has_perm("succession.add_successioninquiry")
    client.force_login(editor)
    html = client.get(reverse("succession_inquiries:index")).content.decode()
    assert reverse("succession_inquiries:add") not in html
    assert client.get(reverse("succession_inquiries:add")).status_code != 200


def test_the_history_view_shows_the_status_changes(client, story, editor):
    inquiry = SuccessionInquiryFactory(story=story)
    inquiry.change_status("in_progress", user=editor, note="電話しました")
    client.force_login(editor)
    html = client.get(reverse("succession_inquiries:history", args=(inquiry.pk,))).content
    assert "ステータスを 新規 → 対応中 に変更（メモ：電話しました）" in html.decode()

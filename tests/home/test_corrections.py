"""Correction and removal requests (職業安定法, 2022): the link under postings, features and
stories, the form with its guards, the record and the mails (the admin:
test_corrections_admin.py; fixtures: conftest.py)."""

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse

from wagtail.models import PageViewRestriction, Site

from home.models import CorrectionRequest, SiteSettings
from home.public_forms.guards import new_form_token
from listings.models import JobPosting
from tests.factories import UserFactory
from tests.factories.listings import (
    JobFeaturePageFactory,
    make_posting,
)
from tests.factories.succession import SuccessionIndexPageFactory, SuccessionStoryPageFactory
from tests.home.conftest import CORRECTIONS_THANKS

pytestmark = pytest.mark.django_db

URL = "/about/corrections/"
THANKS = CORRECTIONS_THANKS
DETAILS = "勤務時間が面接で聞いた内容と違います。"


@pytest.fixture
def editorial(home_page):
    settings = SiteSettings.for_site(Site.objects.get())
    settings.editorial_email = "editors@example.jp"
    settings.save()
    return settings.editorial_email


def param(obj):
    return f"{obj._meta.label_lower}.{obj.pk}"


def form_data(**overrides):
    data = {
        "reason": "inaccurate",
        "details": DETAILS,
        "contact_name": "山田 花子",
        "contact_email": "",
        "form_token": new_form_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def post(client, target, **overrides):
    return client.post(f"{URL}?target={target}", form_data(**overrides))


# The link


def test_the_link_names_each_kind_of_public_content(client, posting, feature_index, home_page):
    feature = JobFeaturePageFactory(parent=feature_index)
    story = SuccessionStoryPageFactory(parent=SuccessionIndexPageFactory(parent=home_page))
    for url, obj in [
        (f"/portal/{posting.pk}/", posting),
        (feature.url, feature),
        (story.url, story),
    ]:
        html = client.get(url).content.decode()
        assert f'href="{URL}?target={param(obj)}"' in html, url
        assert "情報の訂正・削除を依頼" in html or "Request a correction" in html


def test_no_link_without_a_live_request_page(client, portal, about_page):
    posting = make_posting()
    html = client.get(f"/portal/{posting.pk}/").content.decode()
    assert "?target=" not in html and 'class="correction-link"' not in html


# The form


def test_the_form_shows_what_the_request_is_about(client, posting):
    response = client.get(f"{URL}?target={param(posting)}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "定置網の乗組員（灘浦水産）" in html and f"/portal/{posting.pk}/" in html
    assert 'name="about"' not in html  # the content is known: nothing to describe
    assert response["Cache-Control"] == "private, no-store"


def test_an_edit_in_moderation_is_never_shown(client, posting):
    from listings.services import edit_by_employer

    edit_by_employer(posting, {"title": "審査中の新しい題名"})
    html = client.get(f"{URL}?target={param(posting)}").content.decode()
    assert "定置網の乗組員" in html and "審査中の新しい題名" not in html


def test_an_anonymous_story_shows_and_copies_only_its_public_title(
    client, home_page, corrections_page, quick
):
    index = SuccessionIndexPageFactory(parent=home_page)
    story = SuccessionStoryPageFactory(
        parent=index, visibility="anonymous", title="港町の老舗、後継者を募集"
    )
    html = client.get(f"{URL}?target={param(story)}").content.decode()
    assert "港町の老舗、後継者を募集" in html
    assert "浜田鮮魚店" not in html and "浜田 勝" not in html
    post(client, param(story))
    record = CorrectionRequest.objects.get()
    assert record.target_title == "港町の老舗、後継者を募集"
    # On the address the request came to (the test site's record says localhost).
    assert record.target_url == f"http://testserver{story.url}"


def test_a_valid_request_is_stored_once_and_thanked(client, posting, quick):
    revision = posting.latest_revision_id
    data = form_data()
    response = client.post(f"{URL}?target={param(posting)}", data)
    assert response.status_code == 302 and response["Location"] == f"{URL}?sent=1#form"
    client.post(f"{URL}?target={param(posting)}", data)  # the same form sent twice
    record = CorrectionRequest.objects.get()
    assert record.status == "received" and record.reason == "inaccurate"
    assert record.content_type == ContentType.objects.get_for_model(JobPosting)
    assert record.object_id == posting.pk
    assert record.target_title == "定置網の乗組員（灘浦水産）"
    assert record.target_url == f"http://testserver/portal/{posting.pk}/"
    assert (record.details, record.contact_name) == (DETAILS, "山田 花子")
    assert record.status_changes.count() == 0
    thanks = client.get(response["Location"]).content.decode()
    assert THANKS in thanks and 'role="status"' in thanks and 'name="details"' not in thanks
    # A request changes nothing on the site by itself.
    posting.refresh_from_db()
    assert posting.live and posting.is_public() and posting.latest_revision_id == revision
    assert client.get(f"/portal/{posting.pk}/").status_code == 200


def test_a_request_about_a_feature_keeps_it_live(client, feature_index, corrections_page, quick):
    feature = JobFeaturePageFactory(parent=feature_index, title="海の仕事")
    revision = feature.latest_revision_id
    assert post(client, param(feature), reason="ended").status_code == 302
    record = CorrectionRequest.objects.get()
    assert record.object_id == feature.pk and record.target_title == "海の仕事"
    feature.refresh_from_db()
    assert feature.live and not feature.has_unpublished_changes
    assert feature.latest_revision_id == revision


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"reason": None}, "reason"),
        ({"reason": "delete-everything"}, "reason"),
        ({"details": ""}, "details"),
        ({"details": "長" * 2001}, "details"),
        ({"contact_email": "not-an-address"}, "contact_email"),
        ({"details": f"{DETAILS}\x00"}, "details"),
        ({"details": f"{DETAILS}\x07ベル"}, "details"),
        ({"contact_name": "山田\x1b[31m"}, "contact_name"),
    ],
)
def test_each_bad_input_gets_its_message_beside_the_field(client, posting, quick, overrides, field):
    response = post(client, param(posting), **overrides)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    html = response.content.decode()
    assert 'class="form-field__error"' in html and 'role="alert"' in html
    assert DETAILS in html or field == "details"  # what was typed is kept
    assert "山田" in html
    assert CorrectionRequest.objects.count() == 0


def test_a_full_width_address_is_accepted(client, posting, quick):
    assert post(client, param(posting), contact_email="ＨＡＮＡＫＯ＠example.jp").status_code == 302
    assert CorrectionRequest.objects.get().contact_email == "hanako@example.jp"


# Targets that cannot be shown


@pytest.fixture
def hidden_targets(portal, feature_index, corrections_page):
    """Things a link could name that the public must not see, with their secret titles."""
    draft = make_posting("draft", title="下書きの秘密求人")
    moderation = make_posting("moderation", title="審査中の秘密求人")
    filled = make_posting("filled", title="充足済みの秘密求人")
    draft_feature = JobFeaturePageFactory(
        parent=feature_index, live=False, title="未公開の秘密特集"
    )
    private = JobFeaturePageFactory(parent=feature_index, title="限定公開の秘密特集")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    user = UserFactory(username="someone")
    return [
        (param(draft), draft.title),
        (param(moderation), moderation.title),
        (param(filled), filled.title),
        (param(draft_feature), draft_feature.title),
        (param(private), private.title),
        (f"auth.user.{user.pk}", user.username),  # a model that did not opt in
        ("listings.nosuchmodel.1", None),
        ("nosuchapp.thing.1", None),
        ("listings.jobposting.99999999999999", None),
        ("listings.jobposting.0", None),
        ("listings.jobposting.-1", None),
        ("garbage", None),
        ("%00%ff'\"<script>", None),
        ("x" * 5000, None),
    ]


def test_bad_targets_show_the_form_and_never_the_content(client, hidden_targets, quick):
    for target, secret in hidden_targets:
        response = client.get(f"{URL}?target={target}")
        html = response.content.decode()
        assert response.status_code == 200, target
        assert 'name="about"' in html and 'role="alert"' in html, target
        assert secret is None or secret not in html, target
        assert "<script>" not in html
        # Sending without saying what it is about: a message, nothing stored.
        response = post(client, target)
        assert response.status_code == 200, target
        assert "about" in response.context["form"].errors
        assert secret is None or secret not in response.content.decode(), target
    assert CorrectionRequest.objects.count() == 0


def test_a_posting_behind_a_private_portal_is_not_a_target(client, posting, portal):
    PageViewRestriction.objects.create(page=portal, restriction_type="login")
    html = client.get(f"{URL}?target={param(posting)}").content.decode()
    assert 'name="about"' in html and posting.title not in html


def test_a_request_without_a_known_target_keeps_what_the_person_says(client, posting, quick):
    html = client.get(URL).content.decode()  # no target at all: asked, without a warning
    assert 'name="about"' in html and 'role="alert"' not in html
    about = "https://example.jp/portal/12345/"
    assert post(client, "garbage", about=about).status_code == 302
    record = CorrectionRequest.objects.get()
    assert record.content_type is None and record.object_id is None
    assert (record.target_title, record.target_url) == (about, about)


# Guards


def test_honeypot_stores_nothing(client, posting, quick):
    response = post(client, param(posting), website="http://spam.example")
    assert response.status_code == 302 and "sent=1" in response["Location"]
    assert CorrectionRequest.objects.count() == 0


@pytest.mark.parametrize(("token", "min_seconds"), [("forged", 0), (None, 0), ("fresh", 60)])
def test_a_bad_or_too_quick_token_keeps_the_input(client, posting, settings, token, min_seconds):
    settings.FORM_MIN_FILL_SECONDS = min_seconds
    response = post(
        client, param(posting), form_token=new_form_token() if token == "fresh" else token
    )
    html = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in html and DETAILS in html
    assert CorrectionRequest.objects.count() == 0


def test_the_rate_limit_answers_429_with_a_message(client, posting, quick):
    quick.FORM_RATE_LIMITS = {"correction-address": (1, 3600), "correction-email": (100, 3600)}
    assert post(client, param(posting)).status_code == 302
    response = post(client, param(posting))
    assert response.status_code == 429
    html = response.content.decode()
    assert 'role="alert"' in html and DETAILS in html
    # Per e-mail address: an empty (optional) address is not counted.
    quick.FORM_RATE_LIMITS = {"correction-address": (100, 3600), "correction-email": (1, 3600)}
    assert post(client, param(posting), contact_email="a@example.jp").status_code == 302
    assert post(client, param(posting), contact_email="a@example.jp").status_code == 429
    assert post(client, param(posting)).status_code == 302
    assert CorrectionRequest.objects.count() == 3


# Mails


def test_moderators_and_the_editors_are_told_after_commit(
    client, posting, quick, editorial, moderator, django_capture_on_commit_callbacks
):
    UserFactory(username="gone", groups=["掲載審査"], is_active=False)
    UserFactory(username="writer2", groups=["ライター"])
    with django_capture_on_commit_callbacks(execute=True):
        post(client, param(posting))
        assert mail.outbox == []  # nothing before the commit
    [message] = mail.outbox
    assert message.to == ["editors@example.jp"] and message.bcc == [moderator.email]
    record = CorrectionRequest.objects.get()
    edit_path = reverse("correction_requests:edit", args=(record.pk,))
    for text in ("定置網の乗組員（灘浦水産）", f"/portal/{posting.pk}/", DETAILS, edit_path):
        assert text in message.body
    assert f"http://testserver{edit_path}" in message.body
    assert "定置網の乗組員" in message.subject


def test_the_requester_gets_a_receipt_only_with_an_address(
    client, posting, quick, editorial, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, param(posting), contact_email="hanako@example.jp")
    receipts = [m for m in mail.outbox if m.to == ["hanako@example.jp"]]
    record = CorrectionRequest.objects.get()
    assert len(receipts) == 1 and f"C-{record.pk}" in receipts[0].body
    assert "hanako@example.jp" not in mail.outbox[0].body  # staff see it in the admin
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        post(client, param(posting))
    assert [m.to for m in mail.outbox] == [["editors@example.jp"]]


def test_the_receipt_says_what_arrived_never_what_it_said(
    client, posting, quick, editorial, django_capture_on_commit_callbacks
):
    typed = {
        "about": "https://spam.example/ZZ-ABOUT",
        "details": "ZZ-DETAILS 今すぐ https://spam.example/click",
        "contact_name": "ZZ-NAME",
    }
    with django_capture_on_commit_callbacks(execute=True):
        post(client, "garbage", contact_email="victim@example.jp", **typed)
    [receipt] = [m for m in mail.outbox if m.to == ["victim@example.jp"]]
    record = CorrectionRequest.objects.get()
    assert f"C-{record.pk}" in receipt.body
    for text in ("ZZ-", "spam.example", "今すぐ"):
        assert text not in receipt.subject and text not in receipt.body


def test_one_receipt_per_address_per_hour_but_every_request_is_kept(
    client, posting, quick, editorial, django_capture_on_commit_callbacks
):
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            assert (
                post(client, param(posting), contact_email="Hanako@example.jp").status_code == 302
            )
    assert CorrectionRequest.objects.count() == 2
    assert len([m for m in mail.outbox if m.to == ["editors@example.jp"]]) == 2
    assert len([m for m in mail.outbox if m.to == ["hanako@example.jp"]]) == 1


def test_a_failing_mail_server_loses_nothing(
    client, posting, quick, editorial, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, param(posting), contact_email="hanako@example.jp")
    assert response.status_code == 302
    assert CorrectionRequest.objects.count() == 1

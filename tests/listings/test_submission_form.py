"""The public posting form: each rule of the issue, each bad input with its message."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from home.public_forms.cleaning import CONTROL_MESSAGE
from home.public_forms.outbox import OutgoingMail
from listings.models import JobPosting, ManagementToken
from tests.listings.submission_data import valid_form
from tests.mail_backends import failing_mailers

pytestmark = pytest.mark.django_db

URL = "/portal/submit/"


def confirm(client, **overrides):
    return client.post(URL, {**valid_form(**overrides), "step": "confirm"})


def send(client, **overrides):
    return client.post(URL, {**valid_form(**overrides), "step": "submit"})


def test_input_step_shows_the_editors_texts_and_model_field_names(client, submit_page):
    html = client.get(URL).content.decode()
    assert "無料で掲載できます。" in html and "法令に反する求人は掲載できません。" in html
    for name in (
        "title",
        "employer_name",
        "category",
        "wage_min",
        "wage_unit",
        "apply_email",
        "apply_phone",
        "apply_url",
        "valid_through",
        "submitter_email",
        "agree_terms",
    ):
        assert f'name="{name}"' in html, name
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="form_token"' in html


def test_confirm_step_shows_the_values_and_stores_nothing(client, submit_page, quick_forms):
    response = confirm(client, title="<b>太字</b>の求人")
    html = response.content.decode()
    assert response.status_code == 200
    assert "&lt;b&gt;太字&lt;/b&gt;の求人" in html  # markup is shown as text
    assert "<b>太字</b>" not in html
    assert 'value="submit"' in html and 'value="edit"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert JobPosting.objects.count() == 0


def test_edit_step_returns_to_the_form_with_what_was_typed(client, submit_page, quick_forms):
    html = client.post(URL, {**valid_form(title="戻って直す"), "step": "edit"}).content.decode()
    assert 'value="戻って直す"' in html
    assert 'value="confirm"' in html


def test_send_stores_one_posting_in_moderation_and_mails_the_employer(
    client, submit_page, quick_forms, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)
    assert response.status_code == 302 and response["Location"].endswith("/portal/submit/?sent=1")
    posting = JobPosting.objects.get()
    assert not posting.live and posting.source == "form"
    assert posting.revisions.count() == 1
    state = posting.current_workflow_state
    assert state.status == "in_progress" and state.requested_by is None
    assert state.workflow.name == "掲載審査"
    assert posting.welcome_tags.count() == 2
    assert posting.insurance == ["employment", "health"]
    assert ManagementToken.objects.filter(posting=posting).count() == 1
    employer_mail = [m for m in mail.outbox if m.to == ["owner@example.jp"]]
    assert len(employer_mail) == 1
    assert "/portal/manage/" in employer_mail[0].body
    assert any(moderator.email in m.to for m in mail.outbox)  # Wagtail tells moderators
    thanks = client.get(response["Location"]).content.decode()
    assert "受け付けました。審査をお待ちください。" in thanks
    assert client.get(f"/portal/{posting.pk}/").status_code == 404


def test_the_receipt_carries_the_link_and_nothing_the_submitter_typed(
    client, submit_page, quick_forms, django_capture_on_commit_callbacks
):
    typed = {
        "title": "ZZ-TITLE 今すぐクリック",
        "employer_name": "ZZ-EMPLOYER",
        "description": "ZZ-DESCRIPTION https://spam.example/",
        "apply_url": "https://spam.example/apply",
    }
    with django_capture_on_commit_callbacks(execute=True):
        send(client, **typed)
    [receipt] = [m for m in mail.outbox if m.to == ["owner@example.jp"]]
    posting = JobPosting.objects.get()
    assert "/portal/manage/" in receipt.body and f"P-{posting.pk}" in receipt.body
    for text in ("ZZ-", "spam.example", "今すぐ"):
        assert text not in receipt.subject and text not in receipt.body


def test_a_second_posting_within_the_hour_is_kept_without_a_second_receipt(
    client, submit_page, quick_forms, django_capture_on_commit_callbacks
):
    for title in ("一件目の求人", "二件目の求人"):
        with django_capture_on_commit_callbacks(execute=True):
            send(client, title=title)
    assert JobPosting.objects.count() == 2
    assert len([m for m in mail.outbox if m.to == ["owner@example.jp"]]) == 1
    # No private link was made for a mail that did not go out.
    assert ManagementToken.objects.count() == 1


@pytest.mark.parametrize("step", ["confirm", "submit"])
@pytest.mark.parametrize(
    ("field", "typed", "kept"),
    [
        ("title", "定置網\u202e漁の乗組員", "定置網漁の乗組員"),  # right-to-left override
        ("title", "定置網\u200b漁\u200dの\ufeff乗組員", "定置網漁の乗組員"),  # zero-width
        ("employer_name", "灘浦\u2066定置網\u2069組合", "灘浦定置網組合"),  # bidi isolates
        ("title", "定置網\x00漁の乗組員", "定置網漁の乗組員"),  # NUL: the same rule
        ("description", "一行目\r\n二行目\u202e", "一行目\n二行目"),  # line breaks stay
    ],
)
def test_invisible_characters_are_removed_and_the_field_says_so(
    client, submit_page, quick_forms, step, field, typed, kept
):
    response = client.post(URL, {**valid_form(**{field: typed}), "step": step})
    form = response.context["form"]
    assert response.status_code == 200 and list(form.errors) == [field]
    assert form.errors[field] == [str(CONTROL_MESSAGE)]
    assert form.data[field] == kept  # the cleaned text comes back, to check and send
    assert JobPosting.objects.count() == 0


def test_full_width_digits_and_hyphens_are_fine(client, submit_page, quick_forms):
    send(
        client,
        wage_min="２２０，０００",
        wage_max="３００,０００円",
        apply_phone="０７６６－１２－３４５６",
    )
    posting = JobPosting.objects.get()
    assert (posting.wage_min, posting.wage_max) == (220000, 300000)
    assert posting.apply_phone == "0766-12-3456"


def days(n):
    return (timezone.localdate() + datetime.timedelta(days=n)).isoformat()


class InDays(int):
    """Days from today, made a date when the test runs: the list below is built when the
    tests are collected, which may be on the day before (a run that crosses midnight in
    Asia/Tokyo made days(91) a valid deadline)."""


BAD_INPUTS = [
    ({"title": ""}, "title"),
    ({"title": "長" * 81}, "title"),
    ({"employer_name": ""}, "employer_name"),
    ({"category": "no-such"}, "category"),
    ({"description": ""}, "description"),
    ({"wage_min": "abc"}, "wage_min"),
    ({"wage_min": "-1"}, "wage_min"),
    ({"wage_min": "300000", "wage_max": "200000"}, "wage_max"),
    ({"valid_through": InDays(0)}, "valid_through"),
    ({"valid_through": InDays(-3)}, "valid_through"),
    ({"valid_through": InDays(91)}, "valid_through"),
    ({"valid_through": "2026/99/99"}, "valid_through"),
    ({"apply_phone": "", "apply_email": "", "apply_url": ""}, "apply_email"),
    ({"apply_url": "javascript:alert(1)"}, "apply_url"),
    ({"apply_url": "ftp://example.jp/"}, "apply_url"),
    ({"apply_phone": "12-34"}, "apply_phone"),
    ({"apply_email": "not-an-address"}, "apply_email"),
    ({"submitter_email": "owner@"}, "submitter_email"),
    ({"agree_terms": None}, "agree_terms"),
    ({"insurance": ["space-travel"]}, "insurance"),
]


@pytest.mark.parametrize(("overrides", "field"), BAD_INPUTS)
def test_each_bad_input_gets_its_message_and_stores_nothing(
    client, submit_page, quick_forms, overrides, field
):
    overrides = {k: days(v) if isinstance(v, InDays) else v for k, v in overrides.items()}
    for step in ("confirm", "submit"):
        response = client.post(URL, {**valid_form(**overrides), "step": step})
        assert response.status_code == 200
        form = response.context["form"]
        assert field in form.errors, (field, form.errors)
        html = response.content.decode()
        assert 'class="form-field__error"' in html
        assert 'value="氷見市阿尾1-1"' in html  # what was typed is kept
    assert JobPosting.objects.count() == 0


def test_messages_are_japanese(client, submit_page, quick_forms):
    html = confirm(
        client, valid_through=days(120), apply_phone="", apply_email="", apply_url=""
    ).content.decode()
    assert "90日" in html
    assert "応募方法" in html


def test_honeypot_pretends_success_and_stores_nothing(client, submit_page, quick_forms):
    response = send(client, website="http://spam.example/")
    assert response.status_code == 302
    assert JobPosting.objects.count() == 0


def test_too_fast_is_refused_with_a_message_keeping_the_data(client, submit_page, settings):
    settings.FORM_MIN_FILL_SECONDS = 60
    response = send(client)
    assert response.status_code == 200
    assert 'value="灘浦定置網組合"' in response.content.decode()
    assert 'class="form-errors"' in response.content.decode()
    assert JobPosting.objects.count() == 0


def test_a_forged_form_token_is_refused(client, submit_page, quick_forms):
    response = send(client, form_token="forged:value")
    assert response.status_code == 200
    assert JobPosting.objects.count() == 0


def test_the_same_form_sent_twice_makes_one_posting(client, submit_page, quick_forms):
    data = {**valid_form(), "step": "submit"}
    first = client.post(URL, data)
    second = client.post(URL, data)
    assert first.status_code == second.status_code == 302
    assert JobPosting.objects.count() == 1


def test_rate_limit_per_email_answers_kindly(client, submit_page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {"submit-email": (2, 3600), "submit-address": (100, 3600)}
    for _ in range(2):
        assert send(client).status_code == 302
    response = send(client)
    assert response.status_code == 429
    assert 'class="form-errors"' in response.content.decode()
    assert 'value="灘浦定置網組合"' in response.content.decode()
    assert JobPosting.objects.count() == 2
    assert send(client, submitter_email="other@example.jp").status_code == 302


def test_rate_limit_per_address(client, submit_page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {"submit-email": (100, 3600), "submit-address": (1, 3600)}
    assert send(client, submitter_email="a@example.jp").status_code == 302
    assert send(client, submitter_email="b@example.jp").status_code == 429
    assert JobPosting.objects.count() == 1


def test_a_failing_mail_server_loses_nothing(
    client, submit_page, quick_forms, settings, django_capture_on_commit_callbacks
):
    settings.MAILERS = failing_mailers("ConnectionRefusedError")
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)
    assert response.status_code == 302
    posting = JobPosting.objects.get()
    assert posting.current_workflow_state.status == "in_progress"
    assert {mail.status for mail in OutgoingMail.objects.about(posting)} == {"failed"}


def test_form_pages_are_never_cached(client, submit_page):
    assert "no-store" in client.get(URL)["Cache-Control"]

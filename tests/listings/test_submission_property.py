"""The public posting form under random input (hypothesis): never an error page, never a
stored row that the form did not accept, never a row that fails the model's own checks."""

import datetime
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone

from home.public_forms.guards import new_form_token, read_form_token
from listings.forms import SubmissionForm
from listings.models import JobPosting, SubmissionFormPage

pytestmark = pytest.mark.django_db

URL = "/portal/submit/"
FORM_BODY = "application/x-www-form-urlencoded"  # what a browser sends for this form


def valid_body():
    """One complete, acceptable posting with every field filled in."""
    deadline = timezone.localdate() + datetime.timedelta(days=30)
    return {
        "title": "定置網漁の乗組員",
        "employer_name": "灘浦定置網組合",
        "category": "agriculture-forestry-fishery",
        "employment_type": "full-time",
        "description": "氷見漁港を拠点に定置網漁を行います。\n未経験の方も歓迎します。",
        "duties": "網起こし、選別、出荷。",
        "requirements": "普通自動車免許",
        "wage_min": "220000",
        "wage_max": "３００，０００円",
        "wage_unit": "month",
        "wage_note": "賞与年2回",
        "fixed_overtime": "なし",
        "working_hours": "4:00〜11:00",
        "holidays": "日曜・荒天時",
        "annual_holidays": "100",
        "trial_period": "3か月（条件の変更なし）",
        "insurance": ["employment", "health"],
        "smoking_measures": "屋内禁煙",
        "area": "ao-uwa",
        "address": "氷見市阿尾1-1",
        "access": "バス停から徒歩5分、駐車場あり",
        "welcome_tags": ["no-experience", "newcomers"],
        "apply_email": "jobs@example.jp",
        "apply_phone": "０７６６－１２－３４５６",
        "apply_url": "https://example.jp/jobs/",
        "apply_note": "電話でご連絡ください。",
        "contact_person": "氷見 太郎",
        "valid_through": deadline.isoformat(),
        "submitter_email": "owner@example.jp",
        "agree_terms": "on",
    }


FIELDS = [*valid_body(), "website", "form_token", "step", "unknown_field"]

# Characters that have broken forms elsewhere: NUL and other controls, direction marks and
# overrides, BOM, ideographic space, astral CJK and emoji, half-width kana, characters that
# NFKC or lower() turn into something else (Kelvin sign, long s, dotted/dotless i, ligature).
SPECIAL = [
    *"\x00\x01\x08\x0b\x0c\x1c\x1f\x7f\x85\xa0\u00ad",
    *"\u200b\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u3000\r\n\t",
    *"𠮷🐟\U0010fffdｶﾞ①㈱\u212aſİıﬁ",
    "\r\n",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "{{ 7|add:7 }}",
]
any_char = st.characters(exclude_categories=["Cs"])  # everything UTF-8 can carry
pieces = st.one_of(any_char, st.sampled_from(SPECIAL))
short_text = st.lists(pieces, max_size=30).map("".join)
long_text = st.builds(
    lambda unit, count: (unit * count)[:20_000],
    st.lists(pieces, min_size=1, max_size=6).map("".join),
    st.integers(1, 20_000),
)
numbers = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from(
        ["0", "-1", "1e9", "0x1F", "1_000", "1.0", "1.5", "١٢٣", "１２３", "NaN", "inf"]
    ),
    st.integers(4000, 6000).map(lambda digits: "9" * digits),  # past int()'s 4300 digits
    st.sampled_from(["32767", "32768", "2147483647", "2147483648", "100000001", "366", "367"]),
)


def deadlines():
    """Deadlines around the accepted window, in formats a form may or may not read."""
    formats = ["%Y-%m-%d", "%Y/%m/%d", "%m/%d/%Y", "%d.%m.%Y", "%Y年%m月%d日", "%Y-%m-%dT00:00"]
    today = timezone.localdate()
    return st.one_of(
        st.builds(
            lambda days, fmt: (today + datetime.timedelta(days=days)).strftime(fmt),
            st.integers(-400, 400),
            st.sampled_from(formats),
        ),
        st.sampled_from(["2030-02-30", "0000-00-00", "99999-12-31", "+002030-01-31", "令和8年"]),
    )


junk = st.one_of(
    short_text,
    long_text,
    numbers,
    deadlines(),
    st.just(""),
    st.just(None),  # the field is left out of the body altogether
    st.lists(
        st.one_of(short_text, numbers, st.sampled_from(["on", "ao-uwa", "health"])), max_size=3
    ),
    st.sampled_from(["agriculture-forestry-fishery", "part-time", "central", "year", "on"]),
    st.sampled_from(["owner@example.jp", "\u212a@example.jp", "İ@example.jp", "a@例え.jp"]),
    st.sampled_from(["https://例え.jp/", "http://[::1", "javascript:alert(1)", "ftp://x.jp"]),
)

submissions = st.tuples(
    st.dictionaries(st.sampled_from(FIELDS), junk, max_size=6),
    st.sampled_from(["confirm", "submit", "submit", ["confirm", "submit"], "edit"]),
    st.booleans(),  # multipart instead of urlencoded
)


@pytest.fixture
def form_page(portal, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {"submit-address": (10**9, 3600), "submit-email": (10**9, 3600)}
    page = portal.add_child(
        instance=SubmissionFormPage(
            title="掲載", slug="submit", rules="<p>規約</p>", thank_you="<p>ありがとう</p>"
        )
    )
    page.save_revision().publish()
    return page


def body_of(overrides, step):
    data = {**valid_body(), "form_token": new_form_token(), "step": step}
    for name, value in overrides.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def post(client, data, multipart):
    if multipart:
        return client.post(URL, data)
    return client.post(URL, urlencode(data, doseq=True), content_type=FORM_BODY)


def assert_stored_rows_are_valid():
    for posting in JobPosting.objects.all():
        posting.full_clean()
        assert not posting.live
        assert posting.source == "form"


def check(client, data, multipart):
    """Post `data` once and check the properties; everything is rolled back afterwards."""
    with transaction.atomic():
        before = set(JobPosting.objects.values_list("pk", flat=True))
        response = post(client, data, multipart)
        assert response.status_code in (200, 302, 429), response.status_code
        assert_stored_rows_are_valid()
        stored = list(JobPosting.objects.exclude(pk__in=before))
        # What the server read from the body, judged on its own by the same form.
        query = QueryDict(urlencode(data, doseq=True))
        form = SubmissionForm(query)
        accepted = form.is_valid()
        event(f"{response.status_code} {'stored' if stored else 'nothing stored'}")
        event("the form accepted it" if accepted else "the form refused it")
        if stored:
            assert accepted, form.errors.as_json()
            [posting] = stored
            for name in ("title", "description", "address", "submitter_email", "apply_phone"):
                assert getattr(posting, name) == form.cleaned_data[name], name
            assert posting.revisions.count() == 1
            assert posting.current_workflow_state.status == "in_progress"
        # Stored exactly when a person sent (not a bot), from a readable form, valid data.
        bot = bool((query.get("website") or "").strip())
        token_ok = read_form_token(query.get("form_token"))[1] is None
        assert bool(stored) == (accepted and query.get("step") == "submit" and token_ok and not bot)
        if stored or bot:
            assert response.status_code == 302 and response["Location"].endswith("?sent=1")
        else:
            assert response.status_code == 200
        transaction.set_rollback(True)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(example=submissions)
def test_random_input_never_errors_nor_stores_what_the_form_refused(client, form_page, example):
    overrides, step, multipart = example
    check(client, body_of(overrides, step), multipart)


def test_valid_submission_is_stored_once_per_form_token(
    client, form_page, django_capture_on_commit_callbacks
):
    data = body_of({}, "submit")
    with django_capture_on_commit_callbacks(execute=True):
        first = post(client, data, multipart=False)
    assert first.status_code == 302 and first["Location"].endswith("/portal/submit/?sent=1")
    posting = JobPosting.objects.get()
    posting.full_clean()
    assert not posting.live and posting.source == "form"
    assert posting.revisions.count() == 1
    state = posting.current_workflow_state
    assert state.status == "in_progress" and state.workflow.name == "掲載審査"
    assert posting.management_tokens.count() == 1
    assert posting.wage_max == 300_000 and posting.apply_phone == "0766-12-3456"
    assert sorted(posting.welcome_tags.values_list("slug", flat=True)) == [
        "newcomers",
        "no-experience",
    ]

    again = post(client, data, multipart=False)  # the same form_token: a resend
    assert again.status_code == 302
    assert JobPosting.objects.count() == 1
    assert posting.revisions.count() == 1

    # A fresh rendering of the form is a new submission.
    post(client, {**data, "form_token": new_form_token()}, multipart=False)
    assert JobPosting.objects.count() == 2

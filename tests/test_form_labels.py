"""One label for one field on every public form: お名前, ふりがな, メールアドレス."""

import re

import pytest

from django.utils import translation

from home.commons.correction_forms import CorrectionRequestForm
from home.commons.supporter_forms import SupporterForm
from listings.forms import LostLinkForm, SubmissionForm
from succession.forms import InquiryForm

pytestmark = pytest.mark.django_db

PUBLIC_FORMS = [SubmissionForm, LostLinkForm, SupporterForm, CorrectionRequestForm, InquiryForm]
# Other words for the same thing that must not come back.
STRAY_WORDS = re.compile(r"フリガナ|よみがな|読み|カナ|Eメール|e-?mail|メール(?!アドレス)", re.I)


def labels(form_class):
    with translation.override("ja"):
        return {name: str(field.label) for name, field in form_class().fields.items()}


@pytest.mark.parametrize("form_class", PUBLIC_FORMS, ids=lambda cls: cls.__name__)
def test_e_mail_fields_say_mail_address(form_class):
    mail_labels = {name: label for name, label in labels(form_class).items() if "email" in name}
    assert mail_labels
    assert all("メールアドレス" in label for label in mail_labels.values()), mail_labels


@pytest.mark.parametrize("form_class", PUBLIC_FORMS, ids=lambda cls: cls.__name__)
def test_no_other_word_for_reading_or_mail(form_class):
    stray = {name: label for name, label in labels(form_class).items() if STRAY_WORDS.search(label)}
    assert stray == {}


@pytest.mark.parametrize("form_class", [SupporterForm, InquiryForm], ids=lambda cls: cls.__name__)
def test_name_and_reading_read_the_same_on_both_forms(form_class):
    found = labels(form_class)
    expected = {"name": "お名前", "kana": "ふりがな", "email": "メールアドレス"}
    assert {name: found[name] for name in expected} == expected


def test_the_distinct_mail_fields_of_a_posting_keep_their_meaning():
    found = labels(SubmissionForm)
    assert found["apply_email"] == "応募用メールアドレス"
    assert found["submitter_email"] == "メールアドレス（掲載申込者）"
    assert labels(LostLinkForm)["email"] == "掲載申込時のメールアドレス"

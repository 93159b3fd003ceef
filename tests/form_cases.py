"""The public forms, described once for the tests that treat them all alike (the guards in
tests/home/test_public_form_guards.py, the form token tests in
tests/home/test_form_tokens.py, the browser tests in tests/browser/test_public_forms.py):
how to build each form's page, what a person types, one field typed wrongly with the
Japanese message it earns, the buttons pressed to send, and what a send stores.

CASES are the forms that store a record; GUARDED_CASES adds the lost-link form, which
stores nothing and mails the links it finds.
"""

import re
import time
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from wagtail.models import Site

from home.commons.correction_forms import CorrectionRequestForm
from home.commons.supporter_forms import SupporterForm
from home.models import (
    CorrectionRequest,
    CorrectionRequestPage,
    SiteSettings,
    Supporter,
    SupportersPage,
)
from home.public_forms import guards
from home.public_forms.outbox import OutgoingMail
from listings.forms import LostLinkForm, SubmissionForm
from listings.models import JobPosting, SubmissionFormPage
from succession.forms import InquiryForm
from succession.models import SuccessionInquiry
from tests.factories import StandardPageFactory
from tests.factories.listings import PortalPageFactory, make_posting
from tests.factories.succession import SuccessionIndexPageFactory, SuccessionStoryPageFactory
from tests.listings.submission_data import valid_form

ERROR_SUMMARY = "確認が必要な項目があります。"
TOO_QUICK = "時間が短すぎる"
EXPIRED = "有効期限が切れた"
INVALID_EMAIL = "有効なメールアドレスを入力してください。"


def _editorial_address():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.editorial_email = "editors@example.jp"
    settings.save()


def _posting_form(home_page):
    portal = PortalPageFactory(parent=home_page)
    portal.add_child(
        instance=SubmissionFormPage(
            title="求人を掲載する",
            slug="submit",
            rules="<p>法令に反する求人は掲載できません。</p>",
            thank_you="<p>受け付けました。審査のあと公開します。</p>",
        )
    ).save_revision().publish()
    return "/portal/submit/"


def _succession_inquiry(home_page):
    index = SuccessionIndexPageFactory(parent=home_page)
    return SuccessionStoryPageFactory(parent=index, title="和菓子店を継ぐ").url


def _supporters(home_page):
    home_page.add_child(
        instance=SupportersPage(
            title="サポーター",
            slug="supporters",
            thank_you="<p>お申し込みありがとうございます。一週間ほどでご連絡します。</p>",
        )
    ).save_revision().publish()
    return "/supporters/"


def _correction_request(home_page):
    about = StandardPageFactory(parent=home_page, title="このサイトについて", slug="about")
    about.add_child(
        instance=CorrectionRequestPage(
            title="情報の訂正・削除の依頼",
            slug="corrections",
            thank_you="<p>ご依頼を受け付けました。</p>",
        )
    ).save_revision().publish()
    PortalPageFactory(parent=home_page)  # postings are shown under the portal
    posting = make_posting(title="定置網の乗組員", employer_name="灘浦水産")
    return f"/about/corrections/?target=listings.jobposting.{posting.pk}"


def _posting_typed():
    data = valid_form()
    del data["form_token"]
    return data


@dataclass(frozen=True)
class FormCase:
    id: str
    build: Any  # (home_page) -> the address of the form, after the site is built
    typed: Any  # () -> {field name: value as typed}; lists for checkbox lists
    mistake: dict  # one field typed wrongly
    error: str  # the Japanese message beside that field
    kept: str  # a field whose typed text must survive the error round
    # (button label, extra POST fields) in the order a person presses them to send; the
    # first one is also the button of the error round.
    steps: tuple
    thanks: str
    model: Any  # what one send stores, one row
    limits: tuple  # the names of its rate limits in home.public_forms.guards
    form_class: Any = None
    # () -> how many sends took effect; by default the rows of `model`.
    sent: Any = None

    def url(self, home_page):
        _editorial_address()
        return self.build(home_page)

    def sent_count(self):
        return self.sent() if self.sent else self.model.objects.count()


CASES = [
    FormCase(
        id="posting",
        build=_posting_form,
        typed=_posting_typed,
        # Today is too early a deadline; the <input type=date> takes ISO dates.
        mistake={"valid_through": timezone.localdate().isoformat()},
        error="募集期限には明日以降の日付を指定してください。",
        kept="description",
        steps=(("入力内容を確認する", {"step": "confirm"}), ("送信する", {"step": "submit"})),
        thanks="受け付けました。審査のあと公開します。",
        model=JobPosting,
        limits=("submit-address", "submit-email"),
        form_class=SubmissionForm,
    ),
    FormCase(
        id="succession",
        build=_succession_inquiry,
        typed=lambda: {
            "name": "山田 花子",
            "kana": "ヤマダ ハナコ",
            "email": "hanako@example.jp",
            "phone": "090-1111-2222",
            "inquirer_type": "individual",
            "background": "和菓子店で8年働きました。",
            "hope": "のれんを継ぎ、地元の豆で新しい菓子も作りたい。",
            "consent": "on",
        },
        mistake={"email": "hanako.example.jp"},
        error=INVALID_EMAIL,
        kept="hope",
        steps=(("編集部に送る", {}),),
        thanks="編集部で受け付けました",
        model=SuccessionInquiry,
        limits=("inquiry-address", "inquiry-email"),
        form_class=InquiryForm,
    ),
    FormCase(
        id="supporters",
        build=_supporters,
        typed=lambda: {
            "kind": "organization",
            "name": "氷見港朝市の会",
            "kana": "ヒミコウアサイチノカイ",
            "email": "asaichi@example.jp",
            "support_kinds": ["donation", "banner"],
            "url": "https://asaichi.example.jp/",
            "message": "朝市の掲示板でも紹介します。",
            "consent_listing": "on",
            "privacy": "on",
        },
        mistake={"email": "asaichi.example.jp"},
        error="taro@example.jp のような形でメールアドレスを入力してください。",
        kept="message",
        steps=(("サポーターに申し込む", {}),),
        thanks="お申し込みありがとうございます。",
        model=Supporter,
        limits=("supporter-address", "supporter-email"),
        form_class=SupporterForm,
    ),
    FormCase(
        id="corrections",
        build=_correction_request,
        typed=lambda: {
            "reason": "inaccurate",
            "details": "勤務時間が面接で聞いた内容と違います。",
            "contact_name": "山田 花子",
            "contact_email": "hanako@example.jp",
        },
        mistake={"contact_email": "hanako.example.jp"},
        error=INVALID_EMAIL,
        kept="details",
        steps=(("依頼を送信する", {}),),
        thanks="ご依頼を受け付けました。",
        model=CorrectionRequest,
        limits=("correction-address", "correction-email"),
        form_class=CorrectionRequestForm,
    ),
]


def _lost_link(home_page):
    PortalPageFactory(parent=home_page)
    make_posting("public", submitter_email="known@example.jp")
    return "/portal/manage/"


LOST_LINK = FormCase(
    id="lost-link",
    build=_lost_link,
    typed=lambda: {"email": "known@example.jp"},
    mistake={"email": "known.example.jp"},
    error=INVALID_EMAIL,
    kept="email",
    steps=(("管理用リンクを送信する", {}),),
    thanks="管理用リンクをお送りします",
    model=None,
    limits=("lost-link-address", "lost-link-email"),
    form_class=LostLinkForm,
    # One mail of links to a known address, queued (sent by the worker after the commit).
    sent=lambda: OutgoingMail.objects.filter(template="listings/mail/lost_links.txt").count(),
)

GUARDED_CASES = [*CASES, LOST_LINK]


def token_in(response):
    assert response.status_code in (200, 429), response.status_code
    [token] = re.findall(r'name="form_token" value="([^"]+)"', response.content.decode())
    return token


def shown_long_ago(seconds=60):
    """A form token from a form shown well past the minimum fill time."""
    return guards.new_form_token(shown_at=time.time() - seconds)


def send(client, case, url, data, token, **extra_headers):
    """Press the form's buttons in turn (入力 → 確認 → 送信 on the posting form), each
    time with the token the page before carried; the last response."""
    for number, (_label, extra) in enumerate(case.steps):
        response = client.post(url, {**data, **extra, "form_token": token}, **extra_headers)
        if response.status_code == 302:
            break  # sent, or told so (a bot)
        if number < len(case.steps) - 1:
            token = token_in(response)
    return response


def send_again(client, case, url, data, token):
    """Press the last button only: 送信する on the posting form's confirm page."""
    return client.post(url, {**data, **case.steps[-1][1], "form_token": token})

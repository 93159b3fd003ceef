"""The public forms, described once for the tests that treat them all alike (the form
token tests in tests/home/test_form_tokens.py, the browser tests in
tests/browser/test_public_forms.py): how to build each form's page, what a person types,
one field typed wrongly with the Japanese message it earns, the buttons pressed to send,
and what a send stores.
"""

from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from wagtail.models import Site

from home.models import (
    CorrectionRequest,
    CorrectionRequestPage,
    SiteSettings,
    Supporter,
    SupportersPage,
)
from listings.models import JobPosting, SubmissionFormPage
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

    def url(self, home_page):
        _editorial_address()
        return self.build(home_page)


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
        thanks="編集部でお問い合わせを受け付け",
        model=SuccessionInquiry,
        limits=("inquiry-address", "inquiry-email"),
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
    ),
]

"""Supporters: the application form, mails, the public list, the company badge, the admin,
the banner kit and the demo step."""

import shutil
from pathlib import Path

import factory
import pytest
from factory.django import DjangoModelFactory
from PIL import Image

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from wagtail.models import ModelLogEntry, Site

from home.commons.supporters import BANNERS
from home.demo.builders import DemoContext
from home.demo.supporters import build_supporters
from home.models import SiteSettings, Supporter, SupportersPage
from home.public_forms import guards
from home.public_forms.guards import new_form_token
from home.public_forms.outbox import OutgoingMail
from home.public_forms.records import STATUS_ACTION
from tests.factories import CreditedImageFactory, UserFactory
from tests.factories.listings import EmployerFactory, PortalPageFactory
from tests.mail_backends import failing_mailers

pytestmark = pytest.mark.django_db

STATIC = Path(__file__).resolve().parents[2] / "site_config" / "static"
THANKS = "お申し込みありがとうございます。一週間ほどでご連絡します。"


class SupporterFactory(DjangoModelFactory):
    class Meta:
        model = Supporter

    kind = "individual"
    name = factory.Sequence(lambda n: f"応援 太郎{n}")
    kana = factory.Sequence(lambda n: f"オウエン タロウ{n}")
    email = factory.Sequence(lambda n: f"supporter{n}@example.jp")
    support_kinds = ["sns"]
    consent_listing = True
    status = "approved"


@pytest.fixture
def page(home_page):
    settings = SiteSettings.for_site(Site.objects.get())
    settings.editorial_email = "editors@example.jp"
    settings.save()
    supporters = home_page.add_child(
        instance=SupportersPage(title="サポーター", slug="supporters", thank_you=f"<p>{THANKS}</p>")
    )
    supporters.save_revision().publish()
    return supporters


@pytest.fixture
def quick(settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {
        "supporter-address": (100, 3600),
        "supporter-email": (100, 3600),
    }


def application(**overrides):
    data = {
        "kind": "organization",
        "name": "氷見港朝市の会",
        "kana": "ヒミコウアサイチノカイ",
        "email": "asaichi@example.jp",
        "support_kinds": ["donation", "banner"],
        "url": "https://asaichi.example.jp/",
        "message": "朝市の掲示板でも紹介します。",
        "consent_listing": "on",
        "privacy": "on",
        "form_token": new_form_token(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_a_valid_application_is_stored_once_and_mailed(
    client, page, quick, django_capture_on_commit_callbacks
):
    data = application(
        email="ＡＳＡＩＣＨＩ＠example.jp", support_kinds=["banner", "donation", "banner"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
        client.post(page.url, data)  # the same form sent twice: still one record
    assert response.status_code == 302 and response["Location"].endswith("?sent=1#form")
    supporter = Supporter.objects.get()
    assert (supporter.status, supporter.email, supporter.support_kinds) == (
        "new",
        "asaichi@example.jp",
        ["donation", "banner"],
    )
    assert supporter.consent_listing and supporter.status_changes.count() == 0
    [to_editors] = [m for m in mail.outbox if m.to == ["editors@example.jp"]]
    [confirmation] = [m for m in mail.outbox if m.to == ["asaichi@example.jp"]]
    assert len(mail.outbox) == 2
    assert "asaichi@example.jp" not in to_editors.body and "朝市の掲示板" not in to_editors.body
    assert f"/admin/home/supporter/edit/{supporter.pk}/" in to_editors.body
    assert f"S-{supporter.pk}" in confirmation.body
    for typed in ("氷見港朝市の会", "朝市の掲示板", "asaichi.example.jp"):
        assert typed not in confirmation.subject and typed not in confirmation.body
    thanks = client.get(response["Location"]).content.decode()
    assert THANKS in thanks and 'role="status"' in thanks and "氷見港朝市の会" not in thanks


def test_one_receipt_per_address_per_hour_but_every_application_is_kept(
    client, page, quick, django_capture_on_commit_callbacks
):
    for name in ("ZZ-ONE", "ZZ-TWO"):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(page.url, application(name=name))
    assert Supporter.objects.count() == 2
    assert len([m for m in mail.outbox if m.to == ["editors@example.jp"]]) == 2
    [receipt] = [m for m in mail.outbox if m.to == ["asaichi@example.jp"]]
    assert "ZZ-" not in receipt.body and "ZZ-" not in receipt.subject


def test_line_breaks_count_once_and_are_kept(client, page, quick):
    message = "あ" * 500 + "\r\n" + "い" * 499  # 1,000 characters as the browser counts
    assert client.post(page.url, application(message=message)).status_code == 302
    assert Supporter.objects.get().message == "あ" * 500 + "\n" + "い" * 499


@pytest.mark.parametrize(
    ("overrides", "field", "kept"),
    [
        ({"name": ""}, "name", "ヒミコウアサイチノカイ"),
        ({"kana": "  "}, "kana", "氷見港朝市の会"),
        ({"email": ""}, "email", "氷見港朝市の会"),
        ({"email": "asaichi@"}, "email", "asaichi@"),
        ({"kind": "alien"}, "kind", "氷見港朝市の会"),
        ({"support_kinds": None}, "support_kinds", "氷見港朝市の会"),
        ({"support_kinds": ["sns", "alien"]}, "support_kinds", "氷見港朝市の会"),
        ({"message": "長" * 1001}, "message", "長" * 1001),
        ({"url": "javascript:alert(1)"}, "url", "氷見港朝市の会"),
        ({"name": "氷見港\x00朝市の会"}, "name", "氷見港朝市の会"),
        ({"kana": "ヒミ\x1b[31m"}, "kana", "ヒミ[31m"),
        ({"message": "朝市\x07です"}, "message", "朝市です"),
        ({"name": "氷見港\u202e朝市\u200bの会"}, "name", "氷見港朝市の会"),
        ({"message": "朝市\ufeffで\u2066す\u2069"}, "message", "朝市です"),
        ({"privacy": None}, "privacy", "氷見港朝市の会"),
    ],
)
def test_each_bad_input_gets_its_message_and_stores_nothing(
    client, page, quick, overrides, field, kept
):
    response = client.post(page.url, application(**overrides))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == [field]
    html = response.content.decode()
    with translation.override("ja"):
        assert escape(errors[field][0]) in html
    assert html.index('class="form-field__error"') > html.index(f'name="{field}"')
    assert kept in html  # what was typed comes back
    assert "https://asaichi.example.jp/" in html or field == "url"
    assert Supporter.objects.count() == 0


def test_the_honeypot_says_sent_and_keeps_nothing(client, page, quick, mailoutbox):
    response = client.post(page.url, application(website="https://spam.example/"))
    assert response.status_code == 302 and "sent=1" in response["Location"]
    assert Supporter.objects.count() == 0 and mailoutbox == []


@pytest.mark.parametrize("token", ["quick", "stale"])
def test_a_quick_or_unreadable_form_keeps_the_input(client, page, settings, token):
    settings.FORM_MIN_FILL_SECONDS = 60 if token == "quick" else 0
    data = application(**({"form_token": "stale-or-forged"} if token == "stale" else {}))
    response = client.post(page.url, data)
    assert response.status_code == 200
    message = response.context["form_message"]
    html = response.content.decode()
    with translation.override("ja"):
        assert message and escape(str(message)) in html
    assert "氷見港朝市の会" in html and "朝市の掲示板でも紹介します。" in html
    assert Supporter.objects.count() == 0


def test_rate_limit_answers_429_and_keeps_the_input(client, page, settings):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {"supporter-address": (1, 3600), "supporter-email": (9, 3600)}
    assert client.post(page.url, application()).status_code == 302
    response = client.post(page.url, application(email="other@example.jp", name="二件目の会"))
    assert response.status_code == 429
    html = response.content.decode()
    with translation.override("ja"):
        assert escape(str(guards.RATE_LIMIT_MESSAGE)) in html
    assert "二件目の会" in html and "other@example.jp" in html
    assert Supporter.objects.count() == 1


def test_a_failing_mail_server_loses_nothing(
    client, page, quick, settings, django_capture_on_commit_callbacks
):
    settings.MAILERS = failing_mailers("ConnectionRefusedError")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, application())
    assert response.status_code == 302
    supporter = Supporter.objects.get()
    assert {mail.status for mail in OutgoingMail.objects.about(supporter)} == {"failed"}


def test_the_list_shows_only_approved_supporters_who_agreed(client, page):
    SupporterFactory(name="掲載の会", kana="ケイサイノカイ", url="https://keisai.example.jp/")
    SupporterFactory(name="新規の人", status="new")
    SupporterFactory(name="見送りの人", status="declined")
    SupporterFactory(name="匿名の人", consent_listing=False)
    html = client.get(page.url).content.decode()
    assert "掲載の会" in html
    assert '<a href="https://keisai.example.jp/" rel="noopener">' in html
    assert '<span class="supporter__initial" aria-hidden="true">掲</span>' in html
    for hidden in ["新規の人", "見送りの人", "匿名の人"]:
        assert hidden not in html


def test_a_logo_replaces_the_initial(client, page):
    SupporterFactory(name="ロゴの会", logo=CreditedImageFactory())
    html = client.get(page.url).content.decode()
    assert "ロゴの会" in html and 'class="supporter__logo"' in html
    assert "supporter__initial" not in html


@pytest.mark.parametrize(
    ("status", "consent", "badge"),
    [("approved", True, True), ("approved", False, False), ("declined", True, False)],
)
def test_company_page_badge_only_for_a_listed_supporter(
    client, page, home_page, status, consent, badge
):
    PortalPageFactory(parent=home_page)
    supporter = SupporterFactory(status=status, consent_listing=consent)
    EmployerFactory(slug="badge-co", supporter=supporter)
    html = client.get("/portal/employers/badge-co/").content.decode()
    assert ('<a class="supporter-badge" href="/supporters/">' in html) is badge


def test_editors_process_applications_and_each_change_is_kept(client, page, editor):
    supporter = SupporterFactory(status="new", name="審査の会")
    logo = CreditedImageFactory()
    client.force_login(editor)
    assert "審査の会" in client.get(reverse("supporters:index")).content.decode()
    inspect = client.get(reverse("supporters:inspect", args=(supporter.pk,)))
    with translation.override("ja"):
        label = escape(supporter.get_support_kinds_display())  # 「SNSでのシェア」 once translated
    assert inspect.status_code == 200 and label in inspect.content.decode()
    url = reverse("supporters:edit", args=(supporter.pk,))
    assert client.get(url).status_code == 200
    data = {"status": "approved", "staff_notes": "電話で確認", "logo": logo.pk, "name": "改ざん"}
    assert client.post(url, data).status_code == 302
    supporter.refresh_from_db()
    assert (supporter.status, supporter.staff_notes, supporter.logo) == (
        "approved",
        "電話で確認",
        logo,
    )
    assert supporter.name == "審査の会"  # what the applicant wrote is read-only
    [change] = supporter.status_changes
    assert change.data == {"old": "new", "new": "approved", "note": ""}
    assert change.user == editor
    history = client.get(url).content.decode()
    assert 'class="status-history"' in history
    assert "ステータスを 新規 → 承認 に変更" in history
    assert "電話で確認" not in client.get(page.url).content.decode()


@pytest.mark.parametrize(
    ("user", "allowed"),
    [("editor", True), ("writer", False), ("moderator", False), ("photographer", False)],
)
def test_who_may_see_applications(client, page, request, user, allowed):
    supporter = SupporterFactory()
    client.force_login(request.getfixturevalue(user))
    index = client.get(reverse("supporters:index"))
    edit = client.get(reverse("supporters:edit", args=(supporter.pk,)))
    assert (index.status_code == 200) is allowed and (edit.status_code == 200) is allowed


def test_applications_are_not_added_in_the_admin(client, page):
    client.force_login(UserFactory(superuser=True))
    html = client.get(reverse("supporters:index")).content.decode()
    assert reverse("supporters:add") not in html
    assert client.get(reverse("supporters:add")).status_code != 200


def test_banner_files_have_their_sizes_and_are_small():
    for banner in BANNERS:
        path = STATIC / banner.path
        with Image.open(path) as image:
            assert image.size == (banner.width, banner.height)
        assert path.stat().st_size < 8 * 1024
        assert finders.find(banner.path) == str(path)


def test_banner_html_has_absolute_unhashed_urls(client, page):
    html = client.get(page.url).content.decode()
    for banner in BANNERS:
        embed = (
            f"&lt;a href=&quot;http://testserver/&quot;&gt;&lt;img src=&quot;http://testserver"
            f"/static/{banner.path}&quot; width=&quot;{banner.width}&quot; "
            f"height=&quot;{banner.height}&quot; alt=&quot;氷見のしごとコモンズ&quot;&gt;&lt;/a&gt;"
        )
        assert f"readonly>{embed}</textarea>" in html
        assert f'src="/static/{banner.path}"' in html
    assert '<img src="http' not in html  # the embed is text in the box, not a tag here


def test_unhashed_banners_survive_the_manifest_and_are_served(tmp_path, settings):
    """collectstatic with manifest storage keeps the original next to the hashed copy,
    and whitenoise serves what is in STATIC_ROOT: the pasted address keeps working."""
    storage = ManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    source = FileSystemStorage(location=STATIC)
    for banner in BANNERS:
        (tmp_path / banner.path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(STATIC / banner.path, tmp_path / banner.path)
    paths = {banner.path: (source, banner.path) for banner in BANNERS}
    list(storage.post_process(paths))
    banner = BANNERS[0]
    assert storage.hashed_name(banner.path) != banner.path
    assert (tmp_path / storage.hashed_name(banner.path)).is_file()
    settings.STATIC_ROOT = tmp_path
    response = Client().get(f"/static/{banner.path}")  # a new client loads whitenoise again
    assert response.status_code == 200 and response["Content-Type"] == "image/png"


def test_demo_step_builds_every_status_once(home_page):
    UserFactory(username="editor")
    employer = EmployerFactory(slug="umiakari")
    build_supporters(DemoContext(seed=1))
    counts = {
        s: Supporter.objects.filter(status=s).count() for s in ["new", "approved", "declined"]
    }
    assert counts == {"new": 2, "approved": 6, "declined": 2}
    listed = Supporter.objects.listed()
    assert listed.count() == 5 and {s.kind for s in listed} == {"individual", "organization"}
    assert listed.exclude(logo=None).count() == 1
    employer.refresh_from_db()
    assert employer.supporter.is_listed and employer.supporter.name == "灘浦の宿 うみあかり"
    changes = ModelLogEntry.objects.filter(action=STATUS_ACTION)
    assert changes.count() == 9 and not changes.filter(user=None).exists()

    again = DemoContext(seed=1)
    build_supporters(again)
    assert Supporter.objects.count() == 10 and changes.count() == 9
    assert again.tally == {("supporters", "unchanged"): 10, ("images", "unchanged"): 1}


def test_the_application_as_sent_reads_in_words_not_true_or_false(client, page, editor):
    listed = SupporterFactory(consent_listing=True)
    unlisted = SupporterFactory(consent_listing=False)
    client.force_login(editor)
    for supporter, word in ((listed, "はい"), (unlisted, "いいえ")):
        url = reverse("supporters:edit", args=(supporter.pk,))
        html = client.get(url).content.decode()
        assert "True" not in html and "False" not in html
        assert word in html

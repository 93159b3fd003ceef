"""Mail in the demo tells the truth: readable in the terminal of `make run`, and every link
on the address the site is served on (issue 12, part 7)."""

import io
import re
import shutil
import subprocess
from types import SimpleNamespace

import pytest

from django.conf import settings as django_settings
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse

from home.models import CorrectionRequest, Supporter
from home.public_forms.delivery import render_template_mail, transport
from home.public_forms.guards import new_form_token
from home.public_forms.mail_console import EmailBackend, readable
from site_config.settings import dev
from tests.listings.conftest import quick_forms, submit_page  # noqa: F401 (fixtures)
from tests.listings.submission_data import valid_form

MAKE = shutil.which("make")
BASE_URL = "WAGTAILADMIN_BASE_URL #"  # the shell drops the rest of each command line
BODY = "「定置網の乗組員」を受け付けました。\n管理用リンク：\nhttp://127.0.0.1:8010/portal/manage/abc/\n"


def japanese_message():
    message = EmailMultiAlternatives(
        "【氷見の求人】掲載を受け付けました",
        BODY,
        "氷見のしごとコモンズ <noreply@localhost>",
        ["山田 花子 <owner@example.jp>"],
        bcc=["moderator@example.jp"],
    )
    message.attach_alternative("<p>受け付けました</p>", "text/html")
    message.attach("求人票.txt", "定置網の乗組員", "text/plain")
    return message


# Readable in the terminal


def test_the_console_backend_prints_headers_and_body_decoded():
    stream = io.StringIO()
    assert EmailBackend(stream=stream).send_messages([japanese_message()]) == 1
    printed = stream.getvalue()
    assert "Subject: 【氷見の求人】掲載を受け付けました" in printed
    assert "From: 氷見のしごとコモンズ <noreply@localhost>" in printed
    assert "To: 山田 花子 <owner@example.jp>" in printed
    assert "Bcc: moderator@example.jp" in printed
    assert BODY in printed  # as typed: UTF-8, line by line, the link whole
    # Not the MIME source Django's console backend prints.
    assert "=?utf-8?" not in printed and "base64" not in printed
    assert "Content-Type" not in printed
    # What it does not print, it names.
    assert "[alternative: text/html" in printed
    assert "[attachment: 求人票.txt, text/plain, 22 bytes]" in printed  # with its newline
    assert printed.endswith("-" * 79 + "\n")


def test_a_plain_message_has_no_notes():
    message = mail.EmailMessage("件名", "本文だけ。\n", "a@example.jp", ["b@example.jp"])
    text = readable(message)
    assert text.endswith("\n本文だけ。\n")
    assert "[" not in text and "Bcc" not in text


def test_make_run_prints_the_site_mails_readably(capsys, settings):
    # Requests queue the mail; the worker sends it through "outgoing", the readable console.
    assert dev.MAILERS["default"]["BACKEND"] == "home.public_forms.delivery.QueueBackend"
    assert dev.MAILERS["outgoing"]["BACKEND"] == "home.public_forms.mail_console.EmailBackend"
    settings.MAILERS = dev.MAILERS
    context = {"posting": SimpleNamespace(title="定置網の乗組員"), "manage_url": "http://x/m/"}
    subject, body = render_template_mail("listings/mail/resent.txt", context)
    transport().send_messages([mail.EmailMessage(subject, body, None, ["owner@example.jp"])])
    printed = capsys.readouterr().out
    assert "Subject: 【氷見のしごとコモンズ】新しい管理用リンクをお送りします" in printed
    assert "定置網の乗組員" in printed and "http://x/m/" in printed
    assert "=?utf-8?" not in printed


# Links on the address the site is served on


@pytest.mark.django_db
@pytest.mark.usefixtures("submit_page", "quick_forms")
def test_every_mail_of_a_submission_links_to_the_configured_address(
    client, moderator, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8010"
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/portal/submit/", {**valid_form(), "step": "submit"})
    [employer] = [m for m in mail.outbox if m.to == ["owner@example.jp"]]
    [staff] = [m for m in mail.outbox if moderator.email in m.to]  # Wagtail's workflow mail
    assert re.search(r"http://127\.0\.0\.1:8010/portal/manage/\S+/", employer.body)
    assert "http://127.0.0.1:8010/admin/" in staff.body
    for message in (employer, staff):
        links = re.findall(r"https?://[^\s\"'<>]+", message.body)
        assert links and all(link.startswith("http://127.0.0.1:8010/") for link in links)


@pytest.mark.django_db
def test_admin_links_of_supporter_and_correction_mails_use_the_configured_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8010/"
    supporter = Supporter.objects.create(
        name="応援 太郎", kana="オウエン タロウ", email="s@example.jp"
    )
    record = CorrectionRequest.objects.create(target_title="x", reason="inaccurate", details="y")
    edit = reverse("supporters:edit", args=(supporter.pk,))
    assert supporter.admin_url() == f"http://127.0.0.1:8010{edit}"
    edit = reverse("correction_requests:edit", args=(record.pk,))
    assert record.admin_url() == f"http://127.0.0.1:8010{edit}"


@pytest.mark.django_db
def test_a_correction_request_names_the_page_on_the_host_it_came_to(
    client, posting, quick, moderator, django_capture_on_commit_callbacks
):
    # The site record says localhost:80; the request came to 127.0.0.1:8010.
    data = {"reason": "inaccurate", "details": "違います。", "form_token": new_form_token()}
    data["contact_name"] = "山田"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/about/corrections/?target=listings.jobposting.{posting.pk}",
            data,
            HTTP_HOST="127.0.0.1:8010",
        )
    address = f"http://127.0.0.1:8010/portal/{posting.pk}/"
    assert CorrectionRequest.objects.get().target_url == address
    [message] = mail.outbox  # to the moderators
    assert address in message.body


@pytest.mark.skipif(MAKE is None, reason="needs make")
@pytest.mark.parametrize(
    ("arguments", "environment", "expected"),
    [
        (["PORT=8010"], {}, "http://127.0.0.1:8010"),
        ([], {}, "http://127.0.0.1:8000"),
        # An address set on purpose (a tunnel, a LAN name) is kept.
        (["PORT=8010"], {"WAGTAILADMIN_BASE_URL": "https://x.example.jp"}, "https://x.example.jp"),
    ],
)
def test_make_run_points_mail_links_at_the_address_it_serves(arguments, environment, expected):
    # Each command of `make run` replaced by printing the address it would get.
    result = subprocess.run(  # noqa: S603
        [MAKE, "-s", "-o", ".venv/.installed", "run", *arguments, "PY=printenv " + BASE_URL],
        cwd=django_settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    printed = [line for line in result.stdout.splitlines() if not line.startswith("Mail")]
    assert printed == [expected] * 4  # migrate, load_demo, the task worker and runserver

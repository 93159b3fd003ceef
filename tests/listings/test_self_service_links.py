"""Management links that can be revoked and stay out of logs: only the newest delivered link
works, closing, a take-down or staff end them, the mailed URL hands its token to the
session and moves on, log lines mask it, and the lost-link form does the same work for
known and unknown addresses."""

import logging
import re

import pytest

from django.core import mail
from django.db import connection
from django.test import Client, TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import ModelLogEntry

from home.log_filters import MaskManagementTokens
from home.public_forms.guards import new_form_token
from listings import self_service
from listings.models import ManagementToken
from listings.notifications import mail_employer
from listings.services import take_down
from tests.factories.listings import make_posting
from tests.listings.test_self_service import open_manage
from tests.mail_backends import failing_mailers

pytestmark = pytest.mark.django_db


def mailed_path(message):
    return re.search(r"https?://[^/\s]+(/portal/manage/\S+/)", message.body).group(1)


def mail_now(posting, template):
    """Queue the mail and run its task, as the commit would."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return mail_employer(posting, template)


def test_a_new_mailed_link_revokes_the_old_one(client, portal):
    posting = make_posting("public", submitter_email="owner@example.jp")
    assert mail_now(posting, "resent")
    first = mailed_path(mail.outbox[-1])
    page = client.get(first)["Location"]
    assert mail_now(posting, "resent")
    second = mailed_path(mail.outbox[-1])
    assert "以前のリンクは使えなくなりました" in mail.outbox[-1].body
    assert Client().get(first).status_code == 404
    # The session the old link opened ends with it.
    assert client.get(page).status_code == 404
    assert client.get(second, follow=True).status_code == 200
    assert ManagementToken.objects.valid().filter(posting=posting).count() == 1


def test_a_mail_that_fails_leaves_the_old_link_working(client, portal, settings):
    posting = make_posting("public")
    assert mail_now(posting, "resent")
    first = mailed_path(mail.outbox[-1])
    settings.MAILERS = failing_mailers("SMTPServerDisconnected")
    mail_now(posting, "resent")
    assert client.get(first, follow=True).status_code == 200
    # The undelivered link is not left working either.
    assert ManagementToken.objects.valid().filter(posting=posting).count() == 1


@pytest.mark.parametrize("action", ["filled", "withdrawn"])
def test_closing_revokes_the_links(client, portal, action):
    posting = make_posting("public", title="終わる求人")
    token = ManagementToken.issue(posting)
    url = client.get(f"/portal/manage/{token}/")["Location"]
    response = client.post(url, {"action": action})
    assert response["Location"] == f"{url}?done={action}"
    # The page that says it worked comes once, then nothing more opens.
    assert "終わる求人" in client.get(response["Location"]).content.decode()
    assert client.get(url).status_code == 404
    assert Client().get(f"/portal/manage/{token}/").status_code == 404
    assert not ManagementToken.objects.valid().filter(posting=posting).exists()


def test_a_take_down_revokes_the_links(client, portal, moderator):
    posting = make_posting("public")
    token = ManagementToken.issue(posting)
    url = client.get(f"/portal/manage/{token}/")["Location"]
    take_down(posting, moderator, "訂正依頼")
    assert client.get(url).status_code == 404
    assert client.get(f"/portal/manage/{token}/").status_code == 404


def test_staff_revoke_the_links_from_the_admin(client, portal, moderator):
    posting = make_posting("public")
    employer = Client()
    page = open_manage(employer, posting)
    client.force_login(moderator)
    listing = client.get(reverse("wagtailsnippets_listings_jobposting:list")).content.decode()
    revoke = reverse("listings_revoke_links", args=(posting.pk,))
    assert revoke in listing and "管理用リンクを無効にする" in listing
    # A GET only asks; nothing is revoked until the moderator confirms.
    assert client.get(revoke).status_code == 200
    assert employer.get(page).status_code == 200
    response = client.post(revoke, follow=True)
    assert "管理用リンクを無効にしました" in response.content.decode()
    assert employer.get(page).status_code == 404
    entry = ModelLogEntry.objects.for_instance(posting).get(action="listings.revoke_links")
    assert entry.user == moderator and entry.data == {"count": 1}


def test_staff_without_the_right_cannot_revoke(client, portal, writer):
    posting = make_posting("public")
    ManagementToken.issue(posting)
    client.force_login(writer)
    response = client.post(reverse("listings_revoke_links", args=(posting.pk,)))
    assert response.status_code in (302, 403)
    assert ManagementToken.objects.valid().filter(posting=posting).exists()


def test_the_mailed_url_moves_to_a_url_without_the_token(client, portal):
    posting = make_posting("public")
    token = ManagementToken.issue(posting)
    client.get("/portal/")  # a session key from before the link
    before = client.cookies.get("sessionid")
    response = client.get(f"/portal/manage/{token}/")
    assert response.status_code == 302
    assert response["Location"] == f"/portal/manage/posting/{posting.pk}/"
    assert token not in response["Location"]
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"] and "noindex" in response["X-Robots-Tag"]
    # New rights, new session key.
    assert before is None or client.cookies["sessionid"].value != before.value
    page = client.get(response["Location"])
    assert page.status_code == 200 and token not in page.content.decode()


def test_a_session_opens_only_its_own_postings(client, portal):
    mine, other, second = (make_posting("public") for _ in range(3))
    ManagementToken.issue(other)
    url = open_manage(client, mine)
    assert client.get(url).status_code == 200
    # The id alone grants nothing: not another posting's, not in a session without a link.
    assert client.get(f"/portal/manage/posting/{other.pk}/").status_code == 404
    assert (
        client.post(f"/portal/manage/posting/{other.pk}/", {"action": "filled"}).status_code == 404
    )
    assert client.get(f"/portal/manage/posting/{other.pk}/edit/").status_code == 404
    assert Client().get(url).status_code == 404
    other.refresh_from_db()
    assert not other.closed_reason
    # Several postings in one session.
    second_url = open_manage(client, second)
    assert client.get(url).status_code == client.get(second_url).status_code == 200


def test_a_logged_request_line_with_a_token_is_masked(client, portal, caplog):
    token = "x" * 43
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get(f"/portal/manage/{token}/edit/")
    assert "Not Found: /portal/manage/[token]/edit/" in caplog.text
    assert token not in caplog.text
    # runserver's line (a tuple of arguments) and gunicorn's access line (a dict of atoms).
    for args in (('"%s" %s %s', (f"GET /portal/manage/{token}/ HTTP/1.1", "302", "0")),):
        record = logging.LogRecord("django.server", logging.INFO, "", 0, *args, None)
        assert MaskManagementTokens().filter(record)
        assert record.getMessage() == '"GET /portal/manage/[token]/ HTTP/1.1" 302 0'
    record = logging.LogRecord("gunicorn.access", logging.INFO, "", 0, '"%(r)s" %(s)s', None, None)
    record.args = {"r": f"GET /portal/manage/{token}/ HTTP/1.1", "s": "302"}
    MaskManagementTokens().filter(record)
    assert token not in record.getMessage() and "/portal/manage/[token]/" in record.getMessage()
    # The token-free pages stay readable in the log.
    record = logging.LogRecord("x", logging.INFO, "", 0, "/portal/manage/posting/5/", None, None)
    MaskManagementTokens().filter(record)
    assert record.getMessage() == "/portal/manage/posting/5/"


def test_the_loggers_that_name_paths_carry_the_mask():
    for name in ("django.request", "django.server", "django.security.csrf"):
        assert any(isinstance(f, MaskManagementTokens) for f in logging.getLogger(name).filters)


def test_lost_link_does_the_same_work_for_known_and_unknown_addresses(
    client, portal, quick_forms, monkeypatch
):
    make_posting("public", submitter_email="known@example.jp")
    later = []
    monkeypatch.setattr(self_service, "mail_links_for_address", later.append)
    client.get("/portal/manage/")  # the form first, as a person does (and the site cached)
    answers, queries = [], []
    for email in ("known@example.jp", "nobody@example.jp"):
        with CaptureQueriesContext(connection) as captured:
            data = {"email": email, "form_token": new_form_token()}
            answers.append(client.post("/portal/manage/", data))
        queries.append([re.sub(r"'[^']*'|\d+", "?", q["sql"]) for q in captured])
    known, unknown = answers
    assert type(known) is type(unknown) is self_service.RedirectThenWork
    assert known["Location"] == unknown["Location"]
    assert queries[0] == queries[1]
    # The look-up and the mail ran for both, after the answer (in its close()).
    assert later == ["known@example.jp", "nobody@example.jp"]


def test_work_after_the_response_waits_for_close_and_never_breaks_it(caplog):
    done = []
    response = self_service.RedirectThenWork("/portal/manage/?sent=1", lambda: done.append(1))
    assert done == []
    response.close()
    assert done == [1]

    def broken():
        raise RuntimeError("mail server down")

    with caplog.at_level(logging.ERROR):
        self_service.RedirectThenWork("/x/", broken).close()
    assert "Work after the response failed" in caplog.text

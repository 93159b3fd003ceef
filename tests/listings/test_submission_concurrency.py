"""Fifty employers send the posting form at once, over real HTTP, to a live server: every
one of them gets their posting, its moderation and the thank-you page.

Two patterns: a stream (ten employers in flight at any moment, so some submissions commit
while others are still being saved) and a burst (fifty forms open, all sent at the same
moment)."""

import contextlib
import datetime
import html
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar
from urllib.parse import urlencode

import pytest

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteWrapper
from django.utils import timezone

from wagtail.models import WorkflowState

from listings.models import JobPosting, SubmissionFormPage

# live_server runs transactional tests, which empty the database afterwards: restore the
# seeded taxonomies, groups and the 「掲載審査」 workflow before the test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SUBMISSIONS = 50
TIMEOUT = 60  # seconds for one request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Report a redirect instead of following it, so the test sees the 302 itself."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def hidden_value(page_html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', page_html)
    assert match, f"no {name} in the form"
    return html.unescape(match.group(1))


def posting_data(number):
    deadline = timezone.localdate() + datetime.timedelta(days=30)
    return {
        "title": f"同時送信の求人{number}",
        "employer_name": f"氷見同時送信事業所{number}",
        "category": "agriculture-forestry-fishery",
        "employment_type": "full-time",
        "description": "氷見漁港を拠点に定置網漁を行います。",
        "wage_min": "220000",
        "wage_max": "300000",
        "wage_unit": "month",
        "working_hours": "4:00〜11:00",
        "holidays": "日曜・荒天時",
        "insurance": ["employment", "health"],
        "area": "ao-uwa",
        "address": "氷見市阿尾1-1",
        "welcome_tags": ["no-experience"],
        "apply_phone": "0766-12-3456",
        "valid_through": deadline.isoformat(),
        "submitter_email": f"employer{number}@example.jp",
        "agree_terms": "on",
    }


def submit(base_url, number, all_forms_open=None):
    """One employer: open the form (CSRF cookie and token, form token), wait until everyone
    has theirs if `all_forms_open` (a barrier) is given, then send it. Returns the POST's
    status and Location and the thank-you page's status."""
    cookies = urllib.request.HTTPCookieProcessor(CookieJar())
    opener = urllib.request.build_opener(cookies, NoRedirect)
    url = f"{base_url}/portal/submit/"
    try:
        with opener.open(url, timeout=TIMEOUT) as response:
            form_html = response.read().decode()
    except urllib.error.HTTPError as error:
        if all_forms_open:
            all_forms_open.abort()
        return {"number": number, "form": error.code}
    if all_forms_open:
        all_forms_open.wait(timeout=TIMEOUT)
    body = {
        **posting_data(number),
        "csrfmiddlewaretoken": hidden_value(form_html, "csrfmiddlewaretoken"),
        "form_token": hidden_value(form_html, "form_token"),
        "step": "submit",
    }
    request = urllib.request.Request(url, data=urlencode(body, doseq=True).encode())  # noqa: S310
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            return {"number": number, "post": response.status}  # a 200: the form again
    except urllib.error.HTTPError as answer:
        result = {"number": number, "post": answer.code, "location": answer.headers["Location"]}
    if result["post"] == 302:
        with opener.open(f"{base_url}{result['location']}", timeout=TIMEOUT) as response:
            result["thanks"] = response.status
            result["thanked"] = "ありがとう" in response.read().decode()
    return result


@contextlib.contextmanager
def connection_per_request_thread(live_server, monkeypatch, tmp_path):
    """Give the live server one database connection per thread, as in production.

    PostgreSQL has that already. SQLite's test database lives in memory, and live_server
    hands the test's single connection to every request thread: simultaneous requests would
    then share one transaction, which says nothing about the site. So on SQLite the server
    works on a file copy of the database (each thread opens its own connection with the
    project's OPTIONS), and the copy is loaded back into memory for the assertions.
    """
    if not (connection.vendor == "sqlite" and connection.is_in_memory_db()):
        yield
        return
    path = tmp_path / "live.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    file_settings = {**connection.settings_dict, "NAME": str(path)}
    create_connection = connections.create_connection

    def create_file_connection(alias):
        if alias == DEFAULT_DB_ALIAS:
            return SQLiteWrapper(file_settings, alias)
        return create_connection(alias)

    with monkeypatch.context() as patch:
        # live_server shares the connection only if it started after the test database
        # was set up; either way, its request threads now open connections of their own.
        patch.delitem(live_server.thread.connections_override, DEFAULT_DB_ALIAS, raising=False)
        patch.setattr(connections, "create_connection", create_file_connection)
        yield
    copy = sqlite3.connect(path)
    copy.backup(connection.connection)
    copy.close()


@pytest.mark.parametrize("in_flight", [10, SUBMISSIONS], ids=["stream", "burst"])
def test_fifty_submissions_at_once_each_make_one_posting_in_moderation(
    live_server, portal, settings, monkeypatch, tmp_path, in_flight
):
    settings.FORM_MIN_FILL_SECONDS = 0
    settings.FORM_RATE_LIMITS = {"submit-address": (1000, 3600), "submit-email": (1000, 3600)}
    page = portal.add_child(
        instance=SubmissionFormPage(
            title="掲載", slug="submit", rules="<p>規約</p>", thank_you="<p>ありがとう</p>"
        )
    )
    page.save_revision().publish()

    # Django's test server queues only 10 connections (WSGIServer.request_queue_size);
    # gunicorn queues 2048. Let it queue all of them, as a production server would.
    live_server.thread.httpd.socket.listen(SUBMISSIONS)
    started = time.monotonic()
    burst = threading.Barrier(SUBMISSIONS) if in_flight == SUBMISSIONS else None
    with (
        connection_per_request_thread(live_server, monkeypatch, tmp_path),
        ThreadPoolExecutor(max_workers=in_flight) as pool,
    ):
        results = list(pool.map(lambda n: submit(live_server.url, n, burst), range(SUBMISSIONS)))
    elapsed = time.monotonic() - started

    expected = {"post": 302, "location": "/portal/submit/?sent=1", "thanks": 200, "thanked": True}
    failed = [r for r in results if {k: r.get(k) for k in expected} != expected]
    postings = JobPosting.objects.filter(source="form")
    assert not failed, (
        f"{len(failed)} of {SUBMISSIONS} submissions failed and {postings.count()} postings "
        f"were stored (the server's log above has the tracebacks): {failed[:5]}"
    )
    assert postings.count() == SUBMISSIONS
    assert not postings.filter(live=True).exists()
    assert len(set(postings.values_list("submitter_email", flat=True))) == SUBMISSIONS
    assert len(set(postings.values_list("submission_key", flat=True))) == SUBMISSIONS
    states = WorkflowState.objects.filter(
        status="in_progress",
        base_content_type=ContentType.objects.get_for_model(JobPosting),
        object_id__in=[str(pk) for pk in postings.values_list("pk", flat=True)],
    )
    assert states.count() == SUBMISSIONS
    assert {state.workflow.name for state in states} == {"掲載審査"}
    for posting in postings:
        assert posting.revisions.count() == 1
        assert posting.management_tokens.count() == 1
    print(f"{SUBMISSIONS} submissions, {in_flight} at a time, in {elapsed:.1f} s")  # noqa: T201

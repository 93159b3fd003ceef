"""Whole anonymous pages from the cache (home.page_cache): who gets them, what purges them,
the posting deadline, ETag and 304, and headers."""

import datetime
import time

import pytest

from django.core.cache import cache
from django.utils import timezone

from home.page_cache import STATE_KEY
from listings.models import JobPosting
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def submit_page(portal):
    from listings.models import SubmissionFormPage

    page = portal.add_child(
        instance=SubmissionFormPage(
            title="求人を掲載する", slug="submit", rules="<p>規約</p>", thank_you="<p>受付</p>"
        )
    )
    page.save_revision().publish()
    return page


def test_a_repeat_anonymous_view_comes_from_the_cache_without_a_query(
    client, home_page, django_assert_num_queries
):
    first = client.get("/")
    assert first.status_code == 200 and first.page_cache == "miss"
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second.page_cache == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_anonymous_pages_are_public_with_vary_cookie_and_an_etag(client, home_page):
    response = client.get("/")
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in response["Vary"]
    assert response["ETag"]


def test_if_none_match_answers_304_from_the_cache_and_after_a_render(client, home_page):
    etag = client.get("/")["ETag"]
    hit = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert hit.status_code == 304 and hit.page_cache == "hit"
    assert hit["ETag"] == etag and not hit.content
    cache.clear()
    rendered = client.get("/", HTTP_IF_NONE_MATCH=etag)
    assert rendered.status_code == 304 and rendered.page_cache == "miss"


def test_a_logged_in_editor_never_gets_nor_fills_the_cached_copy(client, home_page, editor):
    client.force_login(editor)
    own = client.get("/")
    assert own.page_cache == "" and "private" in own["Cache-Control"]
    assert "userbar" in own.content.decode()
    client.logout()
    anonymous = client.get("/")
    assert anonymous.page_cache == "miss"  # the editor's view was not stored
    assert "userbar" not in anonymous.content.decode()
    assert client.get("/").page_cache == "hit"
    client.force_login(editor)
    again = client.get("/")
    assert again.page_cache == "" and "userbar" in again.content.decode()


def test_a_form_page_with_a_token_is_never_cached(client, submit_page):
    first = client.get(submit_page.url)
    assert "no-store" in first["Cache-Control"]
    second = client.get(submit_page.url)
    assert second.status_code == 200 and second.page_cache == "miss"
    assert b"csrfmiddlewaretoken" in second.content


def test_the_admin_is_never_cached(client, home_page):
    assert client.get("/admin/login/").page_cache == ""


def test_publishing_a_page_purges(client, home_page):
    client.get("/")
    assert client.get("/").page_cache == "hit"
    home_page.hero_title = "新しい見出し"
    home_page.save_revision().publish()
    response = client.get("/")
    assert response.page_cache == "miss"
    assert "新しい見出し" in response.content.decode()


def test_approving_a_posting_purges_the_portal_list(client, portal, moderator):
    posting = make_posting("moderation", title="承認待ちの求人")
    client.get(portal.url)
    cached = client.get(portal.url)
    assert cached.page_cache == "hit" and "承認待ちの求人" not in cached.content.decode()
    posting.current_workflow_task.on_action(
        posting.current_workflow_task_state, moderator, "approve"
    )
    response = client.get(portal.url)
    assert response.page_cache == "miss"
    assert "承認待ちの求人" in response.content.decode()


def test_filling_a_posting_purges_its_page(client, portal):
    from listings.services import close

    posting = make_posting("public", title="埋まる求人")
    url = portal.posting_url(posting)
    client.get(url)
    assert client.get(url).page_cache == "hit"
    close(posting, "filled")
    assert client.get(url).status_code == 410


def test_an_expired_posting_vanishes_at_its_deadline(client, portal):
    posting = make_posting("public", title="まもなく締切")
    deadline = timezone.now() + datetime.timedelta(seconds=2)
    JobPosting.objects.filter(pk=posting.pk).update(expire_at=deadline)
    cache.delete(STATE_KEY)  # as after the publish that set this deadline
    shown = client.get(portal.url)
    assert "まもなく締切" in shown.content.decode()
    assert client.get(portal.url).page_cache == "hit"
    time.sleep(max(0, deadline.timestamp() - time.time()) + 0.05)
    response = client.get(portal.url)
    assert response.page_cache == "miss"
    assert "まもなく締切" not in response.content.decode()


def test_the_cache_timeout_is_cut_to_the_next_deadline(client, portal, monkeypatch):
    posting = make_posting("public")
    deadline = timezone.now() + datetime.timedelta(seconds=90)
    JobPosting.objects.filter(pk=posting.pk).update(expire_at=deadline)
    cache.delete(STATE_KEY)
    timeouts = []
    real_set = cache.set

    def recording_set(key, value, timeout=None):
        if key.startswith("pagecache:"):
            timeouts.append(timeout)
        return real_set(key, value, timeout)

    monkeypatch.setattr(cache, "set", recording_set)
    client.get(portal.url)
    assert len(timeouts) == 2 and all(t <= 90 for t in timeouts)  # the state and the page
    assert max(timeouts) >= 85


def test_a_visitor_with_a_session_or_a_message_is_served_fresh(client, home_page):
    client.get("/")
    client.cookies["messages"] = "x"
    assert client.get("/").page_cache == ""
    del client.cookies["messages"]
    client.cookies["sessionid"] = "x"
    response = client.get("/")
    assert response.page_cache == "" and "private" in response["Cache-Control"]


def test_switched_off_by_page_cache_seconds_zero(client, home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert client.get("/").page_cache == ""


def test_wagtail_reading_an_image_file_does_not_purge(client, home_page):
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(title="x", file="x.jpg", width=1, height=1)
    client.get("/")
    image.save(update_fields=["file_hash"])
    assert client.get("/").page_cache == "hit"
    image.title = "新しい題"
    image.save()
    assert client.get("/").page_cache == "miss"

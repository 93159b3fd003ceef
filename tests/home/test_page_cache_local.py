"""Each process's own copy of cached pages (home.page_cache_local): a repeat view with no
cache read, purges seen at once here and within PAGE_CACHE_LOCAL_SECONDS elsewhere, the
posting deadline still exact, and the byte budget."""

import datetime
import time

import pytest

from django.core.cache import cache
from django.utils import timezone

from home.page_cache import STATE_KEY
from home.page_cache_local import local_pages
from listings.models import JobPosting
from tests.factories.listings import make_posting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _local_copies_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_LOCAL_SECONDS = 30
    local_pages.clear()
    yield
    local_pages.clear()


def test_a_repeat_view_is_answered_from_this_process_without_a_cache_read(
    client, home_page, django_assert_num_queries, monkeypatch
):
    client.get("/")  # rendered and stored in both
    reads = []
    monkeypatch.setattr(cache, "get_many", lambda *a, **k: reads.append(a) or {})
    with django_assert_num_queries(0):
        response = client.get("/")
    assert response.page_cache == "hit" and reads == []
    assert home_page.title in response.content.decode()


def test_each_hit_is_a_response_of_its_own(client, home_page):
    client.get("/")
    first, second = client.get("/"), client.get("/")
    assert first is not second and first.content == second.content
    first["X-Test"] = "changed"
    assert not client.get("/").has_header("X-Test")


def test_a_purge_in_this_process_is_seen_at_once(client, home_page):
    client.get("/")
    home_page.hero_title = "新しい見出し"
    home_page.save_revision().publish()
    response = client.get("/")
    assert response.page_cache == "miss" and "新しい見出し" in response.content.decode()


def test_a_purge_by_another_process_is_seen_after_the_local_seconds(
    client, home_page, settings, monkeypatch
):
    client.get("/")
    cache.delete(STATE_KEY)  # what another worker's purge does to the shared cache
    assert client.get("/").page_cache == "hit"  # still trusted here, for a moment
    later = time.time() + settings.PAGE_CACHE_LOCAL_SECONDS + 1
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.get("/").page_cache == "miss"


def test_a_copy_from_the_shared_cache_is_kept_for_the_next_view(client, home_page):
    client.get("/")
    local_pages.clear()  # as in another worker, which has not served it yet
    assert client.get("/").page_cache == "hit"  # from the shared cache
    assert local_pages.entries
    assert client.get("/").page_cache == "hit"


def test_an_expired_posting_vanishes_at_its_deadline_from_the_local_copy(client, portal):
    posting = make_posting("public", title="まもなく締切")
    deadline = timezone.now() + datetime.timedelta(seconds=2)
    JobPosting.objects.filter(pk=posting.pk).update(expire_at=deadline)
    cache.delete(STATE_KEY)
    assert "まもなく締切" in client.get(portal.url).content.decode()
    assert client.get(portal.url).page_cache == "hit"
    time.sleep(max(0, deadline.timestamp() - time.time()) + 0.05)
    response = client.get(portal.url)
    assert response.page_cache == "miss" and "まもなく締切" not in response.content.decode()


def test_switched_off_with_zero_seconds(client, home_page, settings, monkeypatch):
    settings.PAGE_CACHE_LOCAL_SECONDS = 0
    client.get("/")
    assert not local_pages.entries
    reads = []
    real_get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda keys: reads.append(keys) or real_get_many(keys))
    assert client.get("/").page_cache == "hit"
    assert len(reads) == 1  # the shared cache's read, every time


def test_the_least_recently_used_pages_leave_when_the_budget_is_full(client, portal, settings):
    client.get("/")
    one_page = local_pages.size
    settings.PAGE_CACHE_LOCAL_BYTES = one_page * 4 + 100  # room for a few; none larger than 1/4
    for query in range(8):
        client.get(f"/?n={query}")
    assert local_pages.size <= settings.PAGE_CACHE_LOCAL_BYTES
    assert 0 < len(local_pages.entries) < 8

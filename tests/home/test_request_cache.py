"""The shared cache read once per request (home.request_cache): a page's small keys in one
query, what a request writes read back, copies that a caller cannot spoil, counters never
copied, and plain reads outside a request."""

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.public_forms.guards import limit_reached
from home.request_cache import RequestCacheMiddleware
from site_config.settings.base import shared_caches

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _database_cache(settings):
    settings.CACHES = {**settings.CACHES, "default": shared_caches("")["default"]}
    call_command("createcachetable", verbosity=0)


def cache_reads(captured):
    return [q["sql"] for q in captured.captured_queries if "django_cache" in q["sql"]]


def in_request(work):
    """`work()` as a view would run it, inside the middleware."""
    results = []
    RequestCacheMiddleware(lambda request: results.append(work()))(object())
    return results[0]


def test_a_rendered_page_reads_the_shared_cache_once(client, portal, column_index):
    for url in ("/", portal.url, column_index.url):
        client.get(url)  # fills the cache and teaches the backend its keys
    for url in ("/", portal.url, column_index.url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        assert len(cache_reads(captured)) == 1, url


def test_what_a_request_writes_it_reads_back():
    def work():
        first = cache.get("himi:test")
        cache.set("himi:test", "new")
        second = cache.get("himi:test")
        cache.delete("himi:test")
        return first, second, cache.get("himi:test")

    cache.set("himi:test", "old")
    assert in_request(work) == ("old", "new", None)


def test_a_caller_that_changes_what_it_read_changes_nothing_for_the_next():
    cache.set("himi:list", [1, 2])

    def work():
        cache.get("himi:list").append(3)
        return cache.get("himi:list"), cache.get_many(["himi:list"])

    assert in_request(work) == ([1, 2], {"himi:list": [1, 2]})


def test_the_second_read_of_a_key_in_a_request_is_not_a_query():
    cache.set("himi:menu", "menu")

    def work():
        with CaptureQueriesContext(connection) as captured:
            values = [cache.get("himi:menu") for _ in range(3)]
        return values, len(cache_reads(captured))

    assert in_request(work) == (["menu"] * 3, 1)


def test_rate_limit_counters_are_never_copied(settings):
    settings.FORM_RATE_LIMITS = {"submit-address": (2, 3600)}

    def work():
        return [limit_reached("submit-address", "192.0.2.7") for _ in range(3)]

    assert in_request(work) == [False, False, True]


def test_outside_a_request_each_read_goes_to_the_cache():
    cache.set("himi:plain", 1)
    with CaptureQueriesContext(connection) as captured:
        assert [cache.get("himi:plain") for _ in range(2)] == [1, 1]
    assert len(cache_reads(captured)) == 2

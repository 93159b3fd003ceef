"""The shared cache: production's choice (database table or Redis), an unreachable cache
that breaks nothing, and the frontend cache settings read from the environment."""

import logging
import shutil
import socket
import subprocess
import time

import pytest

from django.core.cache.backends.base import BaseCache
from django.core.management import call_command

from wagtail.contrib.frontend_cache.backends import CloudflareBackend, HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

from home.cache_backends import FailOpenMixin, FailOpenRedisCache
from home.public_forms.guards import limit_reached, receipt_allowed
from site_config.settings.base import frontend_cache, shared_caches

pytestmark = pytest.mark.django_db


class UnreachableCache(BaseCache):
    """Every operation fails, as Redis does when it is down."""

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError("cache down")

    add = get = set = touch = delete = clear = incr = get_many = set_many = _fail
    delete_many = has_key = _fail


class FailOpenUnreachableCache(FailOpenMixin, UnreachableCache):
    """The production wrapper (home.cache_backends) around the same failures."""


def use_caches(settings, default):
    settings.CACHES = {**settings.CACHES, "default": default}


@pytest.fixture
def unreachable(settings):
    use_caches(settings, {"BACKEND": f"{__name__}.UnreachableCache"})
    settings.PAGE_CACHE_SECONDS = 600


def test_production_uses_the_database_table_unless_cache_url_names_redis():
    database = shared_caches("")
    assert database["default"]["BACKEND"] == "home.cache_backends.DatabaseCache"
    redis = shared_caches("redis://127.0.0.1:6379/0")
    assert redis["default"]["BACKEND"] == "home.cache_backends.FailOpenRedisCache"
    assert redis["default"]["LOCATION"] == "redis://127.0.0.1:6379/0"
    for caches in (database, redis):
        assert caches["renditions"]["BACKEND"].endswith("LocMemCache")


def test_rate_limits_count_in_the_database_cache(settings):
    use_caches(settings, shared_caches("")["default"])
    call_command("createcachetable", verbosity=0)
    settings.FORM_RATE_LIMITS = {"submit-address": (2, 3600)}
    assert [limit_reached("submit-address", "192.0.2.1") for _ in range(3)] == [
        False,
        False,
        True,
    ]
    assert receipt_allowed("supporters", "a@example.jp")
    assert not receipt_allowed("supporters", "A@example.jp ")


def test_an_unreachable_cache_leaves_limits_open_and_logs_once(unreachable, caplog):
    caplog.set_level(logging.WARNING, logger="home.caching")
    from home import caching

    caching._last_logged.clear()
    assert [limit_reached("submit-address", "192.0.2.1") for _ in range(10)] == [False] * 10
    assert receipt_allowed("supporters", "a@example.jp")
    warnings = [r for r in caplog.records if r.name == "home.caching"]
    assert [r.getMessage() for r in warnings] == [
        "The cache is unreachable (rate limit); going on without it.",
        "The cache is unreachable (receipt limit); going on without it.",
    ]


def test_an_unreachable_cache_still_serves_pages_from_the_database(settings, client, portal):
    use_caches(settings, {"BACKEND": f"{__name__}.FailOpenUnreachableCache"})
    settings.PAGE_CACHE_SECONDS = 600
    FailOpenUnreachableCache._down_until = 0
    for _ in range(2):
        response = client.get(portal.url)
        assert response.status_code == 200 and response.page_cache != "hit"
    assert client.get("/").status_code == 200
    portal.save_revision().publish()  # the purge fails quietly too


def test_frontend_cache_is_configured_only_by_the_environment():
    assert frontend_cache({}) == {}
    backends = get_backends(
        frontend_cache(
            {
                "FRONTEND_CACHE_URL": "http://127.0.0.1:8080",
                "CLOUDFLARE_BEARER_TOKEN": "token",
                "CLOUDFLARE_ZONEID": "zone",
            }
        )
    )
    assert isinstance(backends["proxy"], HTTPBackend)
    assert isinstance(backends["cloudflare"], CloudflareBackend)


# Redis, when redis-server and the redis package are installed.


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url():
    pytest.importorskip("redis")
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [server, "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_rate_limits_and_pages_with_redis(redis_url, settings, client, home_page):
    FailOpenRedisCache._down_until = 0
    use_caches(settings, shared_caches(redis_url)["default"])
    settings.PAGE_CACHE_SECONDS = 600
    from django.core.cache import cache

    cache.clear()
    settings.FORM_RATE_LIMITS = {"submit-address": (2, 3600)}
    assert [limit_reached("submit-address", "192.0.2.9") for _ in range(3)] == [
        False,
        False,
        True,
    ]
    assert client.get("/").page_cache == "miss"
    assert client.get("/").page_cache == "hit"


def test_a_redis_that_is_down_breaks_nothing(settings, client, home_page):
    pytest.importorskip("redis")
    FailOpenRedisCache._down_until = 0
    use_caches(settings, shared_caches(f"redis://127.0.0.1:{free_port()}/0")["default"])
    settings.PAGE_CACHE_SECONDS = 600
    for _ in range(2):
        assert client.get("/").status_code == 200
    assert limit_reached("submit-address", "192.0.2.9") is False
    assert receipt_allowed("supporters", "a@example.jp")
    FailOpenRedisCache._down_until = 0

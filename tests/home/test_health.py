"""`/healthz` (home/health.py) and the production settings the deploy/ folder relies on:
the health answer for any host and over plain HTTP, and media on S3 when a bucket is set."""

import importlib.util
import logging
import os
import subprocess
import sys
from unittest import mock

import pytest

from django.conf import settings
from django.db import OperationalError, connections

pytestmark = pytest.mark.django_db


def test_ok_while_the_database_answers(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")
    assert response["Cache-Control"] == "no-store"
    # No session, no CSRF cookie, nothing for a cache to vary on.
    assert not response.cookies
    assert not response.has_header("Vary")


def test_503_with_one_line_and_a_log_line_when_the_database_fails(client, caplog):
    failure = OperationalError('connection to server at "db.internal" failed: refused')
    with (
        mock.patch.object(connections["default"], "cursor", side_effect=failure),
        caplog.at_level(logging.ERROR, logger="home.health"),
    ):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"database unavailable (OperationalError)\n"
    assert response["Cache-Control"] == "no-store"
    # Whoever asks learns that it is down; only the log names the database host.
    assert "db.internal" in caplog.text
    assert [record.name for record in caplog.records] == ["home.health"]


def test_head_works_and_other_methods_are_refused(client):
    assert client.head("/healthz").status_code == 200
    response = client.post("/healthz")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = []  # the middleware must be enough on its own
    assert client.get("/robots.txt").status_code == 301  # the setting is in force
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_answers_a_load_balancer_calling_by_ip_address(client, settings):
    settings.ALLOWED_HOSTS = ["shigoto.example.jp"]
    assert client.get("/robots.txt", HTTP_HOST="10.0.0.5:8000").status_code == 400
    response = client.get("/healthz", HTTP_HOST="10.0.0.5:8000")
    assert response.status_code == 200


def test_the_url_pattern_serves_the_same_view_without_the_middleware(client, settings):
    settings.MIDDLEWARE = [
        m for m in settings.MIDDLEWARE if m != "home.health.HealthCheckMiddleware"
    ]
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_production_settings_exempt_healthz_from_the_https_redirect():
    assert run_production("SECURE_REDIRECT_EXEMPT").stdout.strip() == "['^healthz$']"


# Media storage in production: a subprocess, as production settings read the environment
# once at import (like tests/test_settings.py).
SITE = {
    "SECRET_KEY": "k" * 20 + "-ZyX8w7v6u5t4s3r2q1p0o9n8m7l6k5j4i3h2g1f0e",
    "ALLOWED_HOSTS": "shigoto.example.jp",
    "WAGTAILADMIN_BASE_URL": "https://shigoto.example.jp",
    "DEFAULT_FROM_EMAIL": "氷見のしごとコモンズ <noreply@himi-shigoto.jp>",
}
BUCKET = {
    "AWS_STORAGE_BUCKET_NAME": "himi-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example-objects.jp",
    "AWS_ACCESS_KEY_ID": "key-id",
    "AWS_SECRET_ACCESS_KEY": "key-secret",
}
HAS_STORAGES = importlib.util.find_spec("storages") is not None


def run_production(expression, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("AWS_") and key not in {*SITE, "ALLOW_LOCAL_BASE_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="site_config.settings.production", **SITE, **env)
    code = f"from django.conf import settings; print(settings.{expression})"
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_media_stay_on_local_disk_without_a_bucket():
    result = run_production('STORAGES["default"]["BACKEND"]')
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.files.storage.FileSystemStorage"


@pytest.mark.skipif(not HAS_STORAGES, reason="django-storages is not installed")
def test_media_go_to_s3_when_a_bucket_is_set():
    result = run_production('STORAGES["default"]', **BUCKET)
    assert result.returncode == 0, result.stderr
    assert "'BACKEND': 'storages.backends.s3.S3Storage'" in result.stdout
    assert "'bucket_name': 'himi-media'" in result.stdout
    assert "'endpoint_url': 'https://s3.example-objects.jp'" in result.stdout
    assert "'file_overwrite': False" in result.stdout


@pytest.mark.skipif(HAS_STORAGES, reason="django-storages is installed")
def test_a_bucket_without_django_storages_says_what_to_install():
    result = run_production('STORAGES["default"]', **BUCKET)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "pip install 'django-storages[s3]'" in result.stderr

"""Production settings refuse to start without their secrets, or with mail that would
carry dead links or come from a local sender."""

import os
import subprocess
import sys

import pytest

from django.conf import settings


def run_check(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "WAGTAILADMIN_BASE_URL",
            "DEFAULT_FROM_EMAIL",
            "ALLOW_LOCAL_BASE_URL",
            "DJANGO_SETTINGS_MODULE",
        }
    }
    environment.update(DJANGO_SETTINGS_MODULE="site_config.settings.production", **env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


SITE = {
    "ALLOWED_HOSTS": "example.jp",
    "WAGTAILADMIN_BASE_URL": "https://example.jp",
    "DEFAULT_FROM_EMAIL": "氷見のしごとコモンズ <noreply@himi-shigoto.jp>",
}
KEY = "k" * 20 + "-ZyX8w7v6u5t4s3r2q1p0o9n8m7l6k5j4i3h2g1f0e"


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check(**SITE)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_check(SECRET_KEY="x" * 60, WAGTAILADMIN_BASE_URL="https://example.jp")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8000", "https://localhost", "https://[::1]:8443", "http://shigoto.jp"],
)
def test_production_refuses_a_local_or_plain_http_base_url(base_url):
    result = run_check(SECRET_KEY=KEY, **{**SITE, "WAGTAILADMIN_BASE_URL": base_url})
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL must be the site's public https address" in result.stderr


@pytest.mark.parametrize(
    "sender", ["", "noreply@localhost", "氷見 <noreply@example.com>", "noreply@example.jp"]
)
def test_production_refuses_a_missing_local_or_example_sender(sender):
    result = run_check(SECRET_KEY=KEY, **{**SITE, "DEFAULT_FROM_EMAIL": sender})
    assert result.returncode != 0
    assert "DEFAULT_FROM_EMAIL" in result.stderr


def test_a_local_production_like_run_may_say_so():
    local = {"WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000", "DEFAULT_FROM_EMAIL": "a@localhost"}
    result = run_check(SECRET_KEY=KEY, **{**SITE, **local, "ALLOW_LOCAL_BASE_URL": "true"})
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_start_without_the_address_mails_link_to():
    # No default: links in mail would point at a host the site is not served on.
    result = run_check(SECRET_KEY="x" * 60, ALLOWED_HOSTS="example.jp")
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr


def test_production_passes_the_deploy_check_with_its_secrets():
    result = run_check(SECRET_KEY=KEY, **SITE)
    assert result.returncode == 0, result.stderr
    # Only the HSTS preload note may remain; the README explains it.
    warnings = [line for line in result.stdout.splitlines() if "(security.W" in line]
    assert all("W021" in line for line in warnings), result.stdout

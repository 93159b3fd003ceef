"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys

from django.conf import settings


def run_check(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"SECRET_KEY", "ALLOWED_HOSTS", "WAGTAILADMIN_BASE_URL", "DJANGO_SETTINGS_MODULE"}
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


SITE = {"ALLOWED_HOSTS": "example.jp", "WAGTAILADMIN_BASE_URL": "https://example.jp"}


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check(**SITE)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_check(SECRET_KEY="x" * 60, WAGTAILADMIN_BASE_URL="https://example.jp")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_refuses_to_start_without_the_address_mails_link_to():
    # No default: links in mail would point at a host the site is not served on.
    result = run_check(SECRET_KEY="x" * 60, ALLOWED_HOSTS="example.jp")
    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr


def test_production_passes_the_deploy_check_with_its_secrets():
    result = run_check(SECRET_KEY="k" * 20 + "-ZyX8w7v6u5t4s3r2q1p0o9n8m7l6k5j4i3h2g1f0e", **SITE)
    assert result.returncode == 0, result.stderr
    # Only the HSTS preload note may remain; the README explains it.
    warnings = [line for line in result.stdout.splitlines() if "(security.W" in line]
    assert all("W021" in line for line in warnings), result.stdout

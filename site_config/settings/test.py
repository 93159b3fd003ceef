"""pytest settings: fast hashing, mail kept in memory, tasks run at once (STYLE.md 12)."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test set-up makes every mailer locmem anyway; the outbox still queues the
# site's own mail (home/public_forms/outbox.py) and the immediate backend sends it.
MAILERS = {
    "default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
    "outgoing": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/himi-test-media"))  # noqa: F405, S108
WAGTAILADMIN_BASE_URL = "http://testserver"
CACHES = {  # noqa: F405
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": RENDITIONS_CACHE,  # noqa: F405
}
# Many tests change the database behind the page cache's back (queryset updates, deadlines
# moved into the past), which production never does; tests of the page cache turn it on.
PAGE_CACHE_SECONDS = 0
# A process's own copies outlive a test's database; tests of them turn them on.
PAGE_CACHE_LOCAL_SECONDS = 0
LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
# load_demo makes every image's renditions in advance for `make run` (tens of seconds);
# tests that load the demo do not need them (tests/home/test_demo_renditions.py does).
DEMO_RENDITIONS = False

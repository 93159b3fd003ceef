"""Production: every secret comes from the environment, and start-up fails without them."""

import os
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable (see README).")
    return value


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in require_env("ALLOWED_HOSTS").split(",") if host.strip()]
# Every link in mail (private management links, admin links, Wagtail's workflow mails) is
# built on this address; a default would send people to the wrong host.
WAGTAILADMIN_BASE_URL = require_env("WAGTAILADMIN_BASE_URL").rstrip("/")
# Only `make prod-local`-like runs on one's own machine may mail local links and addresses.
ALLOW_LOCAL_BASE_URL = os.environ.get("ALLOW_LOCAL_BASE_URL", "").lower() == "true"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}  # noqa: S104 (names, not a bind)


def public_base_url(url):
    """The site's public address, or ImproperlyConfigured: https, and not this machine."""
    parts = urlsplit(url)
    if ALLOW_LOCAL_BASE_URL:
        return url
    if parts.scheme != "https" or not parts.hostname or parts.hostname in LOCAL_HOSTS:
        raise ImproperlyConfigured(
            "WAGTAILADMIN_BASE_URL must be the site's public https address (every link in "
            f"mail is built on it), not {url!r}. See README, Production."
        )
    return url


def sender_address(value):
    """DEFAULT_FROM_EMAIL, or ImproperlyConfigured for a local or example sender."""
    domain = parseaddr(value)[1].rpartition("@")[2].lower()
    if ALLOW_LOCAL_BASE_URL:
        return value
    if not domain or domain in LOCAL_HOSTS or domain.split(".")[0] == "example":
        raise ImproperlyConfigured(
            "Set DEFAULT_FROM_EMAIL to the site's real sender address, e.g. "
            f"'氷見のしごとコモンズ <noreply@your-domain>' (not {value!r}). See README."
        )
    return value


WAGTAILADMIN_BASE_URL = public_base_url(WAGTAILADMIN_BASE_URL)
DEFAULT_FROM_EMAIL = sender_address(require_env("DEFAULT_FROM_EMAIL"))
SERVER_EMAIL = DEFAULT_FROM_EMAIL
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin
]

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# Uploaded images and documents: MEDIA_ROOT on this machine (base.py), or, once several web
# hosts must see the same files, an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is
# set (deploy/README.md). Object URLs are plain and public unless AWS_QUERYSTRING_AUTH=true:
# cached pages and browsers keep them, where signed ones would expire.
if os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip():
    try:
        import storages.backends.s3  # noqa: F401
    except ImportError as error:
        raise ImproperlyConfigured(
            "AWS_STORAGE_BUCKET_NAME is set, so media go to object storage, but "
            f"django-storages cannot be imported ({error}): pip install 'django-storages[s3]'."
        ) from error
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"].strip(),
            # Empty: Amazon S3 itself; else the provider's address (https://...).
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": os.environ.get("AWS_QUERYSTRING_AUTH", "false").lower() == "true",
            # Two uploads named photo.jpg must not overwrite each other (as on disk).
            "file_overwrite": False,
        },
    }

# Requests only queue mail ("default", base.py); the worker (`manage.py db_worker`) sends
# it through "outgoing" and retries a failing server (home/public_forms/delivery.py).
# EMAIL_USE_TLS (STARTTLS, port 587) is on unless set to false; a relay on port 465 wants
# EMAIL_USE_SSL=true and EMAIL_USE_TLS=false. The timeout is short so that a relay that
# accepts and then hangs holds one try of one mail, not the worker.
MAILERS = {
    "default": {"BACKEND": "home.public_forms.delivery.QueueBackend"},
    "outgoing": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("EMAIL_PORT", "587")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": os.environ.get("EMAIL_USE_TLS", "true").lower() == "true",
            "use_ssl": os.environ.get("EMAIL_USE_SSL", "false").lower() == "true",
            "timeout": int(os.environ.get("EMAIL_TIMEOUT", "20")),
        },
    },
}

# Shared by every process and every machine: the database's cache table, or Redis when
# CACHE_URL is set (redis://host:6379/0); renditions in each process's memory (base.py).
CACHES = shared_caches(os.environ.get("CACHE_URL", "").strip())  # noqa: F405

# nginx on this machine (README, deployment) unless the proxies are named: then only those.
TRUSTED_PROXIES = proxy_networks(os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1"))  # noqa: F405

# HTTPS behind a proxy that sets X-Forwarded-Proto (README, deployment).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# The load balancer checks each host over plain HTTP; home.health answers first anyway,
# this keeps it so if the middleware order ever changes.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "false").lower() == "true"
SECURE_CONTENT_TYPE_NOSNIFF = True
# DENY everywhere; Wagtail marks its own preview views SAMEORIGIN.
X_FRAME_OPTIONS = "DENY"

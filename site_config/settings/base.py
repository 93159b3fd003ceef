"""Settings shared by every environment. No secrets and no DEBUG here (STYLE.md 12)."""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "listings",
    "columns",
    "succession",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    # Purges a proxy or CDN when a page is published; configured only by WAGTAILFRONTENDCACHE.
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Only for its Japanese catalogue: Wagtail's admin says "5 minutes ago" through
    # humanize's naturaltime, which stays English unless this app is installed.
    "django.contrib.humanize",
    # Wagtail 8's database search backend needs it on PostgreSQL (postgres.E005).
    "django.contrib.postgres",
    # Throttles the admin login (AXES_* below).
    "axes",
    # The task queue in the database, run by `manage.py db_worker` (TASKS below).
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: answers /healthz for any Host, over plain HTTP, with no cache (home/health.py).
    "home.health.HealthCheckMiddleware",
    # Before the rest: a cached anonymous page costs one cache read and nothing else. What
    # the middleware below add to a page (security headers too) is stored with it.
    "home.page_cache.PageCacheMiddleware",
    # A rendered page reads the small shared keys (menus, taxonomies, sites) in one go.
    "home.request_cache.RequestCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "home.csp.SectionContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site_config.urls"
# A refused form says what to do, in the site's words, and gives back what was typed.
CSRF_FAILURE_VIEW = "home.errors.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "site_config.wsgi.application"

# One variable selects the database; SQLite needs nothing installed (DESIGN.md, services).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        # A kept connection is tested before each request reuses it: after a database
        # restart the first request of each worker reconnects instead of answering 500.
        conn_health_checks=True,
    )
}
# SQLite lets one writer in at a time. BEGIN IMMEDIATE takes the write lock when a
# transaction starts, and `timeout` lets the others wait for it (seconds) instead of failing
# with "database is locked" when many people send the posting form at once.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )


def shared_caches(cache_url):
    """The cache every process shares (rate limits, menus, whole pages): Redis when
    `cache_url` names it, else the database's table (`manage.py createcachetable`, run by
    the Production steps). Image renditions stay in each process's memory everywhere:
    Wagtail writes every rendition it reads back to its cache on each request, and a
    shared cache makes that write-back cost more than the database lookup it saves."""
    if cache_url:
        default = {
            # Django's RedisCache, answering as an empty cache while Redis is unreachable.
            "BACKEND": "home.cache_backends.FailOpenRedisCache",
            "LOCATION": cache_url,
            # An unreachable Redis must fail fast: pages then serve from the database.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    else:
        default = {
            # Django's DatabaseCache with a leaner read (home/cache_backends.py).
            "BACKEND": "home.cache_backends.DatabaseCache",
            "LOCATION": "django_cache",
            # Whole pages (each address, each filter) and the limits' counters share it.
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    return {"default": default, "renditions": RENDITIONS_CACHE}


# Per process; an image replaced elsewhere shows its new renditions within TIMEOUT seconds.
RENDITIONS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": 300,
    "OPTIONS": {"MAX_ENTRIES": 5_000},
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": RENDITIONS_CACHE,
}
# Seconds the server keeps an anonymous page unless a change purges it (home.page_cache).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Seconds each process trusts its own copy of a cached page before asking the shared cache
# again (home.page_cache_local): how long a purge made on one worker takes to reach the
# others. 0 turns the copies off. Their room per process, in bytes.
PAGE_CACHE_LOCAL_SECONDS = float(os.environ.get("PAGE_CACHE_LOCAL_SECONDS", "1"))
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(8 * 1024 * 1024)))


def frontend_cache(environ):
    """WAGTAILFRONTENDCACHE from the environment: a proxy that takes HTTP PURGE (nginx,
    Varnish) at FRONTEND_CACHE_URL, and/or Cloudflare. Empty: nothing to purge."""
    backends = {}
    if environ.get("FRONTEND_CACHE_URL"):
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_URL"],
        }
    if environ.get("CLOUDFLARE_BEARER_TOKEN") and environ.get("CLOUDFLARE_ZONEID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": environ["CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": environ["CLOUDFLARE_ZONEID"],
        }
    return backends


WAGTAILFRONTENDCACHE = frontend_cache(os.environ)

# Staff logins: axes refuses a locked-out login before Django checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
# Locked: one user from one address. Not the address alone: the editorial office shares
# one, and one person's typing would lock every colleague out. Not the user name alone:
# anyone could lock a colleague out from anywhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The same address as the public forms' rate limits, so both trust the same proxies.
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_address"


# The proxies (addresses or networks) whose X-Forwarded-For is believed: nginx on this
# machine, a load balancer's network. Empty: the header is never read (home.client_address).
def proxy_networks(value):
    """The TRUSTED_PROXIES list from its environment form, refused at start-up if unreadable."""
    networks = [part.strip() for part in value.split(",") if part.strip()]
    for network in networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError as error:
            raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from error
    return networks


TRUSTED_PROXIES = proxy_networks(os.environ.get("TRUSTED_PROXIES", ""))
AXES_LOCKOUT_CALLABLE = "home.staff.login_throttle.lockout_response"
# Failures are kept (that is the throttle); a log of every successful login is personal
# data nobody here reads.
AXES_DISABLE_ACCESS_LOG = True
# Only its start-up line, which every manage.py command (cron included) would print; failed
# logins and lockouts are still logged as warnings.
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Japanese first; English is the source language of our strings so a second UI can follow.
LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", "日本語")]
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True
# Both come before Wagtail's catalogues: locale/wagtail/ (kept by hand) fills gaps in
# Wagtail's Japanese, locale/ (makemessages) has our own strings. locale/wagtail/ is first
# so that `makemessages --all` finds only real languages in it and never writes there.
LOCALE_PATHS = [BASE_DIR / "locale" / "wagtail", BASE_DIR / "locale"]
# How dates read in Japanese (2027年1月31日, never 2027/01/31): site_config/formats/ja/.
FORMAT_MODULE_PATH = ["site_config.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

# manage.py backup (home/operations/): where archives go, and how many are kept there.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
BACKUP_KEEP = int(os.environ.get("BACKUP_KEEP", "14"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Django 6.1 mailers. "default" only queues each mail in the outbox (a row, sent by a task
# after the commit: home/public_forms/delivery.py), so no request ever waits on a mail
# server; "outgoing" is what really sends, and each environment picks it.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "氷見のしごとコモンズ <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MAILERS = {
    "default": {"BACKEND": "home.public_forms.delivery.QueueBackend"},
    "outgoing": {"BACKEND": "django.core.mail.backends.console.EmailBackend"},
}

# Background work (mail, search index updates) is queued in the database and run by
# `manage.py db_worker` (django-tasks-db; `make run` starts one). Tests run tasks at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Content Security Policy (Django 6). Public pages: our own files only, no inline script
# or style. The admin gets a looser policy in home.csp, because Wagtail's admin needs it.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}

# Wagtail
WAGTAIL_SITE_NAME = "氷見のしごとコモンズ"
# No trailing slash: Wagtail's workflow mails put "/admin/..." right after it.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILIMAGES_IMAGE_MODEL = "home.CreditedImage"
# Replacing a published picture's file is an editor's action (home/staff/image_forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.staff.image_forms.CreditedImageForm"
WAGTAILADMIN_USER_LOGIN_FORM = "home.staff.admin_login.LoginForm"  # its labels in Japanese
# Answers known and unknown addresses in the same time (no finding out who has an account).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "home.staff.admin_password_reset.PasswordResetForm"  # noqa: S105
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",  # Wagtail's database backend, safe under concurrent saves
        "INDEX_PREFIX": os.environ.get("SEARCH_INDEX_PREFIX", ""),
        # PostgreSQL: no English stemming or stop words ("it", "a"); our own analysis
        # (home/japanese/analysis.py) has already split and normalised the words.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the site and its admin load nothing from other hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ja", "日本語"), ("en", "English")]

# Days after an inquiry is closed before `purge_inquiries` removes its personal data.
SUCCESSION_INQUIRY_RETENTION_DAYS = int(os.environ.get("SUCCESSION_INQUIRY_RETENTION_DAYS", "365"))

# Management tokens never reach a log line (home/log_filters.py): the filter sits on the
# loggers that name request paths (a logger's filter sees only its own records) and on
# both handlers, for anything else that propagates. runserver's "django.server" logger is
# set up again here only to add the filter; gunicorn's access log: gunicorn.conf.py.
MASK_TOKENS = ["mask_management_tokens"]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "mask_management_tokens": {"()": "home.log_filters.MaskManagementTokens"},
        "one_line_warning": {"()": "home.log_filters.OneLineWarning"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": MASK_TOKENS},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": MASK_TOKENS,
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING", "filters": MASK_TOKENS},
        "django.security.csrf": {"filters": MASK_TOKENS},
        # Anyone can send an oversized body: one warning line, not an error and traceback.
        "django.security.RequestDataTooBig": {"filters": [*MASK_TOKENS, "one_line_warning"]},
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
            "filters": MASK_TOKENS,
        },
    },
}

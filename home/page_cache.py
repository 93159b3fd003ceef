"""Whole public pages for anonymous visitors, kept in the shared cache and purged on change.

The middleware sits right after whitenoise, before sessions, CSRF and authentication, so a
hit costs one cache read (one query with the database cache) and no view. It decides the
Cache-Control of every response here too (home.caching): `public` for anonymous views,
`private` for anyone with a session.

A purge deletes the state key; the next request makes a new state with a new random
generation, and every entry stored under another generation is a miss. The state also
carries the next posting deadline on the site (from the sources listings registers):
no entry outlives it, so an expired posting vanishes at its deadline from every page,
whichever lists it (home, feature, portal, feed, sitemap, postings.json).
"""

import hashlib
import math
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, set_response_etag

from home.caching import cache_unavailable, patch_public_or_private
from home.page_cache_local import local_pages

STATE_KEY = "pagecache:state"
PAGE_KEY = "pagecache:page:{}"
# How long the server keeps a page when nothing changes; a purge ends it sooner. Text
# such as "3 days left" is at most this old. 0 switches the page cache off.
DEFAULT_SECONDS = 600
STATE_SECONDS = 24 * 60 * 60
# Never from the cache: the admin and its previews, documents (some are private), search
# (it counts each query), static and media, the employers' private management pages.
SKIP_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/search/",
    "/static/",
    "/media/",
    "/portal/manage/",
)
# A message waiting in a cookie must be shown by a real render (and the cookie cleared).
MESSAGES_COOKIE = "messages"

_deadline_sources = []


def register_deadline(source):
    """`source()` gives the next moment (an aware datetime, or None) at which what the
    public sees changes by time alone, such as a posting's deadline."""
    _deadline_sources.append(source)
    return source


def purge(**kwargs):
    """Forget every cached page. Also after the transaction commits: a request between the
    signal and the commit could otherwise cache what the database still showed."""
    _forget()
    transaction.on_commit(_forget)


def _forget():
    local_pages.clear()
    try:
        cache.delete(STATE_KEY)
    except Exception:  # noqa: BLE001  (an unreachable cache has nothing to purge)
        cache_unavailable("page cache purge")


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", DEFAULT_SECONDS)


def _new_state(now):
    deadlines = [d for d in (source() for source in _deadline_sources) if d is not None]
    until = min((d.timestamp() for d in deadlines), default=now + STATE_SECONDS)
    state = {"generation": uuid.uuid4().hex, "until": until}
    timeout = math.floor(min(until - now, STATE_SECONDS))
    if timeout >= 1:
        cache.set(STATE_KEY, state, timeout)
    return state


def _page_key(request):
    """None when the request must not be served from (or stored in) the cache."""
    if request.path.startswith(SKIP_PREFIXES) or request.method not in ("GET", "HEAD"):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
        return None
    if "HTTP_AUTHORIZATION" in request.META or _seconds() <= 0:
        return None
    try:
        host = request.get_host()
    except Exception:  # noqa: BLE001  (a disallowed host: let Django answer it)
        return None
    address = f"{request.scheme}://{host}{request.get_full_path()}|{settings.LANGUAGE_CODE}"
    return PAGE_KEY.format(hashlib.sha256(address.encode()).hexdigest())


def _storable(request, response):
    cache_control = response.get("Cache-Control", "")
    user = getattr(request, "user", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "public" in cache_control
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not (user is not None and user.is_authenticated)
    )


def _stored_copy(response):
    """A plain HttpResponse with the same status, headers and body: what is pickled, so a
    hit unpickles a ready response instead of checking each header again."""
    copy = HttpResponse(response.content, status=response.status_code)
    for name, value in response.items():
        copy[name] = value
    return copy


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _page_key(request)
        state = None
        if key is not None:
            now = time.time()
            kept = local_pages.response(key, now)
            if kept is not None:
                return self._answer(request, kept, "hit")
            try:
                found = cache.get_many([STATE_KEY, key])
                state = found.get(STATE_KEY)
                if state is None or now >= state["until"]:
                    state = _new_state(now)
                local_pages.remember_state(state, now)
                entry = found.get(key)
                if (
                    entry is not None
                    and entry["generation"] == state["generation"]
                    and now < entry["until"]
                ):
                    local_pages.keep(key, entry)
                    return self._answer(request, entry["response"], "hit")
            except Exception:  # noqa: BLE001  (the database still serves the page)
                cache_unavailable("page cache read")
                key = None
        response = self.get_response(request)
        if not request.path.startswith(SKIP_PREFIXES):
            patch_public_or_private(request, response)
        if key is not None and state is not None and _storable(request, response):
            set_response_etag(response)
            self._store(key, state, response)
        elif "public" in response.get("Cache-Control", "") and not response.streaming:
            set_response_etag(response)
        return self._answer(request, response, "miss" if key else "")

    def _store(self, key, state, response):
        now = time.time()
        until = min(now + _seconds(), state["until"])
        timeout = math.floor(until - now)
        if timeout < 1:
            return
        entry = {
            "generation": state["generation"],
            "until": until,
            "response": _stored_copy(response),
        }
        try:
            cache.set(key, entry, timeout)
        except Exception:  # noqa: BLE001
            cache_unavailable("page cache write")
            return
        local_pages.keep(key, entry)

    def _answer(self, request, response, outcome):
        if settings.DEBUG and outcome:
            response["X-Cache"] = outcome
        if response.has_header("ETag"):
            response = get_conditional_response(request, etag=response["ETag"], response=response)
        response.page_cache = outcome  # read by tests and bench/pages_bench.py
        return response


def _purge_if_live(sender, instance, raw=False, **kwargs):
    """A plain save of something public (a draft-state snippet that is live); a new draft
    or a public submission waiting for review changes nothing the public sees."""
    if not raw and getattr(instance, "live", True):
        purge()


# Wagtail saves an image's size and hash the first time it reads the file: nothing shown.
FILE_METADATA = frozenset({"file_size", "file_hash"})


def _purge_image(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and not (update_fields and set(update_fields) <= FILE_METADATA):
        purge()


def _purge_if_changed(sender, instance, created=False, raw=False, **kwargs):
    """Settings: the row Wagtail creates with its defaults on the first request shows
    nothing new, and purging then would only throw away that first page."""
    if not raw and not created:
        purge()


def connect_model(model, on_save=_purge_if_live):
    """Purge when `model` changes what the public may see: published or unpublished
    (Wagtail's signals for draft-state snippets), saved while live, or deleted."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import published, unpublished

    post_save.connect(on_save, sender=model, dispatch_uid=f"pagecache-{model._meta.label}")
    post_delete.connect(purge, sender=model, dispatch_uid=f"pagecache-del-{model._meta.label}")
    for signal in (published, unpublished):
        signal.connect(purge, sender=model, dispatch_uid=f"pagecache-pub-{model._meta.label}")


def connect():
    """Page signals are sent with the concrete page class as sender (home.signals); a view
    restriction, a site, a setting, an image or a person shown on pages changes pages too.
    Section apps connect their own models (listings.cache_purge)."""
    from django.apps import apps

    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site, get_page_models
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for model in get_page_models():
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(purge, sender=model, dispatch_uid=f"pagecache-{model._meta.label}")
    settings_models = [
        m for m in apps.get_models() if issubclass(m, BaseSiteSetting | BaseGenericSetting)
    ]
    from home.models import Person, PersonRole

    for model in [Page, PageViewRestriction, Site, PersonRole, Person]:
        connect_model(model)
    connect_model(get_image_model(), on_save=_purge_image)
    for model in settings_models:
        connect_model(model, on_save=_purge_if_changed)

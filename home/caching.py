"""Cache headers for page views, and one log line when the shared cache cannot be reached."""

import logging
import time
from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

logger = logging.getLogger(__name__)

# What browsers and proxies may keep an anonymous page; the server's own copy is purged on
# change (home.page_cache), theirs is not, so this stays short.
PUBLIC_MAX_AGE = 60
# One warning per process and this many seconds, not one per request while Redis is down.
LOG_EVERY_SECONDS = 300
_last_logged = {}


def cache_unavailable(where):
    """Log (with the traceback of the exception being handled) that the cache failed."""
    now = time.monotonic()
    last = _last_logged.get(where)
    if last is None or now - last >= LOG_EVERY_SECONDS:
        _last_logged[where] = now
        logger.warning("The cache is unreachable (%s); going on without it.", where, exc_info=True)


def has_session(request):
    user = getattr(request, "user", None)
    return settings.SESSION_COOKIE_NAME in request.COOKIES or bool(
        user is not None and user.is_authenticated
    )


def patch_public_or_private(request, response, max_age=PUBLIC_MAX_AGE):
    """Let shared caches keep a response for `max_age` seconds, but only when the visitor
    has no session: a logged-in editor (userbar) or someone who passed a view restriction
    must never receive a response that a proxy could hand to the next reader. Responses
    that set a cookie or already say what may keep them are left as they are; only a 200
    becomes public."""
    if has_session(request):
        if "no-store" not in response.get("Cache-Control", ""):
            patch_cache_control(response, private=True, no_cache=True, max_age=0)
        patch_vary_headers(response, ["Cookie"])
    elif response.status_code == 200 and request.method in ("GET", "HEAD"):
        if not response.has_header("Cache-Control") and not response.cookies:
            patch_cache_control(response, public=True, max_age=max_age)
        patch_vary_headers(response, ["Cookie"])


def public_unless_session(max_age):
    """The same per view: BasePage.serve keeps it, so page headers do not depend on the
    middleware's place in MIDDLEWARE."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            patch_public_or_private(request, response, max_age)
            return response

        return wrapper

    return decorator

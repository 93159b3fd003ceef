"""Cache headers for page views."""

from functools import wraps

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers


def public_unless_session(max_age):
    """Let shared caches keep a page for `max_age` seconds, but only when the visitor has no
    session: a logged-in editor (userbar) or someone who passed a view restriction must never
    receive a response that a proxy could hand to the next reader."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
            if has_session or request.user.is_authenticated:
                patch_cache_control(response, private=True, no_cache=True, max_age=0)
            elif not response.has_header("Cache-Control"):
                patch_cache_control(response, public=True, max_age=max_age)
            patch_vary_headers(response, ["Cookie"])
            return response

        return wrapper

    return decorator

"""`/healthz` for the proxy and the load balancer: 200 `ok` while the database answers.

The middleware sits first in MIDDLEWARE and answers before anything else looks at the
request, for three reasons: a load balancer calls a web host by its IP address, which
ALLOWED_HOSTS rightly refuses everywhere else (Django checks the host only when something
asks for it, and nothing before this middleware does); SecurityMiddleware would redirect
the plain-HTTP check to HTTPS; and the page cache, sessions and whitenoise have nothing to
say about health. The cost is one `SELECT 1` on a kept-open connection. The URL pattern
(site_config/urls.py) names the same view, for reverse() and for settings without the
middleware.
"""

import logging

from django.db import connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)

PATH = "/healthz"


def healthz(request):
    """200 `ok` when `SELECT 1` works on the default database, else 503 and why, in one line."""
    if request.method not in ("GET", "HEAD"):
        response = HttpResponse("method not allowed\n", status=405, content_type="text/plain")
        response["Allow"] = "GET, HEAD"
    else:
        try:
            with connections["default"].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Exception as error:  # any failure is "unhealthy", never a 500 page
            # The details (host names, messages) go to the log, not to whoever asks.
            logger.error("healthz: database unreachable: %s", str(error).strip()[:300] or error)
            body = f"database unavailable ({type(error).__name__})\n"
            response = HttpResponse(body, status=503, content_type="text/plain; charset=utf-8")
            # One line per failed check, the one above with the reason: Django's handler
            # skips its own "Service Unavailable" for a response marked as logged.
            response._has_been_logged = True
        else:
            response = HttpResponse("ok\n", content_type="text/plain; charset=utf-8")
    # A proxy or CDN must never answer for the database.
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answers GET /healthz before host checks, HTTPS redirects, caches and sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH:
            return healthz(request)
        return self.get_response(request)

"""Error pages that tell a person what to do next: the form-check (CSRF) failure page and
the page for a form sent with too much in it (its log line: home.log_filters)."""

from django.core.exceptions import RequestDataTooBig
from django.template.response import TemplateResponse
from django.views import defaults

from home.public_forms.guards import HONEYPOT_FIELD

# Posted values that are the form's machinery, not what the person typed.
NOT_TYPED = {"csrfmiddlewaretoken", "form_token", "action", "step", HONEYPOT_FIELD}


def typed_values(post):
    """What the person typed into text fields, in the order sent, so the page can give it
    back: a refused form must not cost anyone their words."""
    values = []
    for name in post:
        if name in NOT_TYPED or "password" in name:
            continue
        values.extend(v.strip() for v in post.getlist(name) if len(v.strip()) > 1)
    return values


def csrf_failure(request, reason=""):
    """Django's CSRF_FAILURE_VIEW: a page in the site's own words instead of Django's
    developer page, with the sent text shown back for copying. Django has already logged
    the reason (django.security.csrf)."""
    context = {"typed": typed_values(request.POST), "retry_url": request.path}
    return TemplateResponse(request, "403_csrf.html", context, status=403)


def bad_request(request, exception):
    """handler400. A body over DATA_UPLOAD_MAX_MEMORY_SIZE (anyone can send one, to any
    form) gets a short page in the site's words with 413; anything else Django's page."""
    if isinstance(exception, RequestDataTooBig):
        return TemplateResponse(request, "413.html", {"retry_url": request.path}, status=413)
    return defaults.bad_request(request, exception)

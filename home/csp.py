"""Content Security Policy per part of the site.

Public pages get the strict policy of settings.SECURE_CSP. Wagtail's admin (and the page
previews it renders) needs inline scripts and styles, so it gets a looser policy that
still allows nothing from other hosts.
"""

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def admin_policy():
    policy = dict(settings.SECURE_CSP)
    policy["script-src"] = ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    policy["style-src"] = ["'self'", "'unsafe-inline'"]
    policy["img-src"] = ["'self'", "data:", "blob:"]
    policy["media-src"] = ["'self'", "blob:"]
    return policy


class SectionContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIXES) and settings.SECURE_CSP:
            response._csp_config = admin_policy()
        return super().process_response(request, response)

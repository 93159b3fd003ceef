"""The 「情報の訂正・削除を依頼」 link under postings, features and stories."""

from urllib.parse import urlencode

from django import template
from django.core.cache import cache

from wagtail.models import Site

from home.commons.corrections import target_param
from home.models import CorrectionRequestPage

register = template.Library()

# The form page's address is kept for a short while, so a page with the link costs no
# query once warm; a moved or unpublished form page is followed within this time.
CACHE_SECONDS = 300


def correction_page_url(request):
    """The address of the site's live correction request page, or "" if there is none."""
    if request is not None and hasattr(request, "_correction_page_url"):
        return request._correction_page_url
    site = Site.find_for_request(request) if request is not None else None
    key = f"corrections:page-url:{site.pk if site else 0}"
    url = cache.get(key)
    if url is None:
        pages = CorrectionRequestPage.objects.live()
        page = (pages.in_site(site) if site else pages).first()
        url = page.get_url(request) or "" if page else ""
        cache.set(key, url, CACHE_SECONDS)
    if request is not None:
        request._correction_page_url = url
    return url


@register.inclusion_tag("home/includes/correction_link.html", takes_context=True)
def correction_request_link(context, obj):
    """A link to the request form naming `obj`; nothing in previews, for content that has
    not opted in (home.commons.corrections), or when there is no live form page."""
    request = context.get("request")
    if context.get("is_preview") or getattr(request, "is_preview", False):
        return {"href": ""}
    param = target_param(obj)
    url = correction_page_url(request) if param else ""
    return {"href": f"{url}?{urlencode({'target': param})}" if url else ""}

"""Header navigation, the footer's links and breadcrumbs."""

from django import template
from django.urls import reverse

from wagtail.models import Site

from home.navigation import footer_links as cached_footer_links
from home.navigation import menu_items

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current_path = getattr(context.get("page"), "url_path", "")
    return {
        "menu_items": [
            (label, url, current_path.startswith(url_path))
            for label, url_path, url in (menu_items(site) if site else [])
        ],
        "search_is_current": bool(request) and request.path == reverse("search"),
        "request": request,
    }


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The URLs of the site's fixed pages by name (about, supporters, privacy, terms); a
    page that is missing or not live has no entry, so its link is left out."""
    request = context.get("request")
    site = (
        Site.find_for_request(request)
        if request
        else Site.objects.filter(is_default_site=True).first()
    )
    return cached_footer_links(site) if site else {}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Home › … › this page. A view that shows something inside a page (a posting inside
    the portal) sets `breadcrumb_title`, and the page becomes the last link."""
    page = context.get("page")
    sub_title = context.get("breadcrumb_title")
    if page is None or (page.depth <= 2 and not sub_title):
        return {"ancestors": []}
    ancestors = _routed_ancestors(page, inclusive=bool(sub_title))
    if ancestors is None:
        ancestors = list(
            page.get_ancestors(inclusive=bool(sub_title))
            .filter(depth__gt=1)
            .live()
            .only("title", "url_path", "depth", "path")
        )
    return {
        "ancestors": ancestors,
        "current_title": sub_title or page.title,
        "request": context.get("request"),
    }


def _routed_ancestors(page, inclusive):
    """The live ancestors below the root from the parents Wagtail's routing already read
    (`_cached_parent_obj`, set on each page it passes through), or None when one of them is
    missing (a page rendered outside routing, such as a preview)."""
    chain = [page] if inclusive else []
    current = page
    while current.depth > 2:
        current = getattr(current, "_cached_parent_obj", None)
        if current is None:
            return None
        chain.append(current)
    return [ancestor for ancestor in reversed(chain) if ancestor.live]


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """`path` on the current Wagtail site's root URL, as canonical links use it."""
    site = Site.find_for_request(context["request"])
    root = site.root_url if site else context["request"].build_absolute_uri("/").rstrip("/")
    return f"{root}{path}"

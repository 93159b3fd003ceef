"""The header menu and the footer's links to the site's fixed pages.

Every public page shows both, so each is built once per site and kept in the cache until a
page is published, unpublished, moved or deleted (see home.signals).
"""

from django.core.cache import cache

from home.caching import cache_unavailable

MENU_CACHE_KEY = "home:main-menu:{site_id}"
FOOTER_CACHE_KEY = "home:footer-links:{site_id}"
MENU_CACHE_SECONDS = 60 * 60
# The footer's fixed pages are plain StandardPages under the home page, known only by
# their slug; the supporters page is found by its type, so renaming it keeps its link.
FOOTER_SLUGS = ("about", "privacy", "terms")


def _cached(key):
    """The cached value, or None also when the cache is unreachable: built from the
    database then, as on a cold cache."""
    try:
        return cache.get(key)
    except Exception:  # noqa: BLE001
        cache_unavailable("menus")
        return None


def _keep(key, value):
    try:
        cache.set(key, value, MENU_CACHE_SECONDS)
    except Exception:  # noqa: BLE001
        cache_unavailable("menus")


def menu_items(site):
    """[(label, url_path, url)] for `site`, from the cache when it is there."""
    key = MENU_CACHE_KEY.format(site_id=site.pk)
    items = _cached(key)
    if items is None:
        pages = site.root_page.get_children().live().public().in_menu().specific()
        items = [
            (getattr(page, "menu_label", page.title), page.url_path, page.get_url())
            for page in pages
        ]
        _keep(key, items)
    return items


def footer_links(site):
    """{"about": url, "supporters": url, "privacy": url, "terms": url} for `site`, with only
    the pages that are live and public (a missing one loses its link, not the footer).
    One query for all four (plus Wagtail's for view restrictions), and only when the
    cache is cold."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q

    from wagtail.models import Page

    from home.models import SupportersPage

    key = FOOTER_CACHE_KEY.format(site_id=site.pk)
    links = _cached(key)
    if links is None:
        root = site.root_page
        supporters_type = ContentType.objects.get_for_model(SupportersPage)
        pages = (
            Page.objects.live()
            .public()
            .descendant_of(root)
            .filter(
                Q(depth=root.depth + 1, slug__in=FOOTER_SLUGS) | Q(content_type=supporters_type)
            )
            .order_by("path")
        )
        links = {}
        for page in pages:
            name = "supporters" if page.content_type_id == supporters_type.pk else page.slug
            url = page.get_url()
            if url and name not in links:
                links[name] = url
        _keep(key, links)
    return links


def forget_menus():
    """Drop every site's cached menu and footer links (a handful of sites at most)."""
    from wagtail.models import Site

    site_ids = Site.objects.values_list("pk", flat=True)
    try:
        cache.delete_many(
            [
                key.format(site_id=pk)
                for pk in site_ids
                for key in (MENU_CACHE_KEY, FOOTER_CACHE_KEY)
            ]
        )
    except Exception:  # noqa: BLE001  (a publish must not fail because the cache is down)
        cache_unavailable("menus")

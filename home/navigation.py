"""The header menu: the home page's children that editors marked 「メニューに表示」.

Every public page shows it, so it is built once per site and kept in the cache until a
page is published, unpublished, moved or deleted (see home.signals).
"""

from django.core.cache import cache

MENU_CACHE_KEY = "home:main-menu:{site_id}"
MENU_CACHE_SECONDS = 60 * 60


def menu_items(site):
    """[(label, url_path, url)] for `site`, from the cache when it is there."""
    key = MENU_CACHE_KEY.format(site_id=site.pk)
    items = cache.get(key)
    if items is None:
        pages = site.root_page.get_children().live().public().in_menu().specific()
        items = [
            (getattr(page, "menu_label", page.title), page.url_path, page.get_url())
            for page in pages
        ]
        cache.set(key, items, MENU_CACHE_SECONDS)
    return items


def forget_menus():
    """Drop every site's cached menu (a handful of sites at most)."""
    from wagtail.models import Site

    cache.delete_many(
        [MENU_CACHE_KEY.format(site_id=pk) for pk in Site.objects.values_list("pk", flat=True)]
    )

"""Which pages are public: Wagtail's `public()`, with the view restrictions read from the
shared cache instead of the database each time a list is filtered.

The home page lists four sections and each list asked for every view restriction again
(`PageQuerySet.private_q`); a page's own view-restriction check is Wagtail's and stays.
The cached list is dropped when a restriction is saved or deleted and when a page moves
(a restricted section's path changes with it).
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from home.caching import cache_unavailable

RESTRICTED_KEY = "pages:restricted-sections"
CACHE_SECONDS = 60 * 60


def restricted_sections():
    """(path, depth) of every page with a view restriction."""
    try:
        sections = cache.get(RESTRICTED_KEY)
    except Exception:  # noqa: BLE001  (unreachable: read the database)
        cache_unavailable("view restrictions")
        sections = None
    if sections is None:
        from wagtail.models import PageViewRestriction

        restrictions = PageViewRestriction.objects.select_related("page")
        sections = [(r.page.path, r.page.depth) for r in restrictions]
        try:
            cache.set(RESTRICTED_KEY, sections, CACHE_SECONDS)
        except Exception:  # noqa: BLE001
            cache_unavailable("view restrictions")
    return sections


def forget_restricted_sections(**kwargs):
    """Now, and again after the commit: a request in between may have cached the old list."""
    _forget()
    transaction.on_commit(_forget)


def _forget():
    try:
        cache.delete(RESTRICTED_KEY)
    except Exception:  # noqa: BLE001
        cache_unavailable("view restrictions")


class PublicPageQuerySet(PageQuerySet):
    def private_q(self):
        q = Q()
        for path, depth in restricted_sections():  # as Wagtail's descendant_of_q, inclusive
            q |= Q(path__startswith=path, depth__gte=depth)
        return q if q else Q(pk__in=[])  # as Wagtail's: nothing is private


class PublicPageManager(PageManager.from_queryset(PublicPageQuerySet)):
    pass


def connect():
    from django.db.models.signals import post_delete, post_save

    from wagtail.models import PageViewRestriction
    from wagtail.signals import post_page_move

    for signal in (post_save, post_delete):
        signal.connect(
            forget_restricted_sections, sender=PageViewRestriction, dispatch_uid="restricted"
        )
    post_page_move.connect(forget_restricted_sections, dispatch_uid="restricted-move")

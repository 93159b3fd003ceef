"""The taxonomies as (slug, name) choices, cached: every portal page shows all four lists,
and they change only when an editor edits them (listings.signals clears the cache)."""

from django.core.cache import cache

from home.caching import cache_unavailable

CACHE_KEY = "listings:choices:{label}"
CACHE_SECONDS = 60 * 60


def taxonomy_choices(model):
    key = CACHE_KEY.format(label=model._meta.label_lower)
    try:
        choices = cache.get(key)
    except Exception:  # noqa: BLE001  (unreachable: read the database, as on a cold cache)
        cache_unavailable("taxonomy choices")
        return _from_database(model)
    if choices is None:
        choices = _from_database(model)
        cache.set(key, choices, CACHE_SECONDS)
    return choices


def _from_database(model):
    return list(model.objects.order_by("sort_order", "name").values_list("slug", "name"))


def forget_taxonomy_choices(model):
    try:
        cache.delete(CACHE_KEY.format(label=model._meta.label_lower))
    except Exception:  # noqa: BLE001
        cache_unavailable("taxonomy choices")

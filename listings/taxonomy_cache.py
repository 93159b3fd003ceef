"""The taxonomies as (slug, name) choices, cached: every portal page shows all four lists,
and they change only when an editor edits them (listings.signals clears the cache)."""

from django.core.cache import cache

CACHE_KEY = "listings:choices:{label}"
CACHE_SECONDS = 60 * 60


def taxonomy_choices(model):
    key = CACHE_KEY.format(label=model._meta.label_lower)
    choices = cache.get(key)
    if choices is None:
        choices = list(model.objects.order_by("sort_order", "name").values_list("slug", "name"))
        cache.set(key, choices, CACHE_SECONDS)
    return choices


def forget_taxonomy_choices(model):
    cache.delete(CACHE_KEY.format(label=model._meta.label_lower))

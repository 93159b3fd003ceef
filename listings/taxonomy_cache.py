"""The taxonomies' rows and their (slug, name) choices, cached: every portal page shows all
four lists, a feature names its jobs' employment types, and they change only when an
editor edits them (listings.signals clears the cache)."""

from types import SimpleNamespace

from django.core.cache import cache

from home.caching import cache_unavailable

CACHE_KEY = "listings:rows:{label}"
CACHE_SECONDS = 60 * 60


def taxonomy_choices(model):
    return [(row.slug, row.name) for row in taxonomy_rows(model)]


def taxonomy_row(model, slug):
    """The row with that slug, or None."""
    return next((row for row in taxonomy_rows(model) if row.slug == slug), None)


def taxonomy_rows(model):
    """Every row of `model` (a handful), in the order the lists show them, as plain objects
    with the model's fields (`row.slug`, `row.name`, `row.google_type`): kept in the cache
    as dicts, which pickle and unpickle ten times faster than model instances."""
    return [SimpleNamespace(**values) for values in _cached_values(model)]


def _cached_values(model):
    key = CACHE_KEY.format(label=model._meta.label_lower)
    try:
        rows = cache.get(key)
    except Exception:  # noqa: BLE001  (unreachable: read the database, as on a cold cache)
        cache_unavailable("taxonomy choices")
        return _from_database(model)
    if rows is None:
        rows = _from_database(model)
        try:
            cache.set(key, rows, CACHE_SECONDS)
        except Exception:  # noqa: BLE001
            cache_unavailable("taxonomy choices")
    return rows


def _from_database(model):
    return list(model.objects.order_by("sort_order", "name").values())


def forget_taxonomy_choices(model):
    try:
        cache.delete(CACHE_KEY.format(label=model._meta.label_lower))
    except Exception:  # noqa: BLE001
        cache_unavailable("taxonomy choices")

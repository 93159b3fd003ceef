"""Turning what a reader types into a query the analysed index understands."""

from modelsearch.query import And, Or, PlainText

from home.japanese.analysis import query_terms

MAX_WORDS = 12


def build_query(text):
    """Every word must match, in any of its forms; None when nothing is left to search."""
    groups = query_terms(text)[:MAX_WORDS]
    if not groups:
        return None
    parts = [
        Or([PlainText(form) for form in group]) if len(group) > 1 else PlainText(group[0])
        for group in groups
    ]
    return parts[0] if len(parts) == 1 else And(parts)


def matching_pks(queryset, text):
    """The primary keys in `queryset` whose analysed text matches `text`, as something
    `pk__in=` accepts: a subquery on the database backends, a list on a search engine."""
    from wagtail.search.backends import get_search_backend

    query = build_query(text)
    if query is None:
        return queryset.none().values("pk")
    results = get_search_backend().search(query, queryset, order_by_relevance=False)
    if hasattr(results, "get_queryset"):
        return results.get_queryset().values("pk")
    return [obj.pk for obj in results[:10000]]

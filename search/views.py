"""Site search. Japanese word segmentation arrives with the search issue; this view is the
public page it will improve."""

from urllib.parse import urlencode

from django.template.response import TemplateResponse

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from home.pagination import paginate
from home.text import clean_query_text

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 100


def search(request):
    query = clean_query_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    results = Page.objects.none()
    promotions = []
    if query:
        results = Page.objects.live().public().specific().search(query)
        search_query = Query.get(query)
        search_query.add_hit()
        promotions = search_query.editors_picks.select_related("page")
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": paginate(request, results, RESULTS_PER_PAGE) if query else None,
            "promotions": promotions,
            "pagination_query": urlencode({"q": query}),
        },
    )

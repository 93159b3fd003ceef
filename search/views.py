"""Site search: live public pages and live, unexpired postings together, found by Japanese
words (search.analysis), with a type label and an excerpt on each result."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from columns.models import ColumnPage
from home.pagination import paginate
from home.text import clean_query_text
from listings.models import JobFeaturePage, JobPosting, PortalPage
from search.analysis import query_terms
from search.highlight import excerpt
from search.query import build_query, matching_pks
from succession.models import SuccessionStoryPage

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 100
MAX_RESULTS_PER_KIND = 200

# type filter value -> (label, page model or None for "other pages")
PAGE_TYPES = {
    "feature": (_("Recruiting feature"), JobFeaturePage),
    "column": (_("Column"), ColumnPage),
    "succession": (_("Succession story"), SuccessionStoryPage),
    "page": (_("Page"), None),
}
POSTING_TYPE = ("posting", _("Job posting"))


@dataclass
class Hit:
    kind: str
    label: str
    title: str
    url: str
    excerpt: str


def page_hits(query_text, kind):
    query = build_query(query_text)
    pages = Page.objects.live().public().exclude(depth__lte=1)
    if kind in PAGE_TYPES and PAGE_TYPES[kind][1] is not None:
        pages = pages.type(PAGE_TYPES[kind][1])
    elif kind == "page":
        pages = pages.not_type(*[model for _label, model in PAGE_TYPES.values() if model])
    results = pages.search(query)[:MAX_RESULTS_PER_KIND]
    specific = Page.objects.filter(pk__in=[p.pk for p in results]).specific()
    by_pk = {page.pk: page for page in specific}
    terms = [form for group in query_terms(query_text) for form in group]
    hits = []
    for result in results:
        page = by_pk.get(result.pk)
        if page is None:
            continue
        label = next(
            (lbl for lbl, model in PAGE_TYPES.values() if model and isinstance(page, model)),
            PAGE_TYPES["page"][0],
        )
        text = (
            getattr(page, "listing_summary", "")
            or getattr(page, "lead", "")
            or page.search_description
        )
        hits.append(Hit("page", label, page.title, page.url, excerpt(text, terms)))
    return hits


def posting_hits(query_text):
    portal = PortalPage.objects.live().first()
    if portal is None:
        return []
    postings = (
        JobPosting.objects.public()
        .filter(pk__in=matching_pks(JobPosting.objects.all(), query_text))
        .select_related("area")
        .order_by("-first_published_at")[:MAX_RESULTS_PER_KIND]
    )
    terms = [form for group in query_terms(query_text) for form in group]
    return [
        Hit(
            POSTING_TYPE[0],
            POSTING_TYPE[1],
            f"{p.title}（{p.employer_name}）",
            portal.posting_url(p),
            excerpt(p.description, terms),
        )
        for p in postings
    ]


def search(request):
    query = clean_query_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    kind = request.GET.get("type", "")
    if kind not in PAGE_TYPES and kind != POSTING_TYPE[0]:
        kind = ""
    hits, promotions = [], []
    if query and build_query(query) is not None:
        if kind in ("", *PAGE_TYPES):
            hits.extend(page_hits(query, kind))
        if kind in ("", POSTING_TYPE[0]):
            hits.extend(posting_hits(query))
        search_query = Query.get(query)
        search_query.add_hit()
        promotions = search_query.editors_picks.select_related("page")
    types = [(value, label) for value, (label, _model) in PAGE_TYPES.items()] + [POSTING_TYPE]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": paginate(request, hits, RESULTS_PER_PAGE) if query else None,
            "promotions": promotions,
            "types": types,
            "current_type": kind,
            "pagination_query": urlencode({"q": query, **({"type": kind} if kind else {})}),
            "noindex": True,
        },
    )

"""Site search: live public pages and live, unexpired postings together, found by Japanese
words (home.japanese.analysis), with a type label and an excerpt on each result."""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from columns.models import ColumnPage
from home.japanese.analysis import fold, query_terms
from home.japanese.text import clean_query_text
from home.pagination import paginate
from listings.models import JobFeaturePage, JobPosting, PortalPage
from search.highlight import excerpt
from search.query import matching_pks
from succession.models import SuccessionStoryPage

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 100
MAX_RESULTS_PER_KIND = 200
MAX_CANDIDATES = 1000  # matching pages ranked by title in Python, then cut to 200

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


def title_score(title, groups):
    """How many of the searched words (in any of their forms) the title has."""
    folded = fold(title)
    return sum(any(fold(form) in folded for form in group) for group in groups)


def matched_page_pks(query_text, kind, groups):
    """Live public pages that match, those with the searched words in the title first,
    then the newest. Ordering by Wagtail's relevance score cost a full-text lookup per
    matching page on SQLite (1.6 s for 氷見 over 500 pages, bench/README.md); this costs
    one query for every kind of database."""
    pages = Page.objects.live().public().exclude(depth__lte=1)
    if kind in PAGE_TYPES and PAGE_TYPES[kind][1] is not None:
        pages = pages.type(PAGE_TYPES[kind][1])
    elif kind == "page":
        pages = pages.not_type(*[model for _label, model in PAGE_TYPES.values() if model])
    rows = pages.filter(pk__in=matching_pks(Page.objects.all(), query_text)).values_list(
        "pk", "title", "first_published_at"
    )[:MAX_CANDIDATES]
    epoch = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    rows = sorted(rows, key=lambda r: (title_score(r[1], groups), r[2] or epoch), reverse=True)
    return [pk for pk, _title, _published in rows[:MAX_RESULTS_PER_KIND]]


def matched_posting_pks(query_text):
    """Live, unexpired postings that match, newest first (as the portal lists them)."""
    return list(
        JobPosting.objects.public()
        .filter(pk__in=matching_pks(JobPosting.objects.all(), query_text))
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)[:MAX_RESULTS_PER_KIND]
    )


def page_hit(page, terms):
    label = next(
        (lbl for lbl, model in PAGE_TYPES.values() if model and isinstance(page, model)),
        PAGE_TYPES["page"][0],
    )
    text = getattr(page, "listing_summary", "") or getattr(page, "lead", "")
    text = text or page.search_description
    return Hit("page", label, page.title, page.url, excerpt(text, terms))


def posting_hit(posting, portal, terms):
    url = portal.posting_url(posting)
    return Hit(*POSTING_TYPE, posting.full_title, url, excerpt(posting.description, terms))


def hits_for(keys, terms, portal):
    """The Hits for one page of results: [("page" | "posting", pk)], in that order."""
    page_pks = [pk for kind, pk in keys if kind == "page"]
    posting_pks = [pk for kind, pk in keys if kind == "posting"]
    pages = {p.pk: p for p in Page.objects.filter(pk__in=page_pks).specific()}
    postings = {p.pk: p for p in JobPosting.objects.filter(pk__in=posting_pks)}
    hits = []
    for kind, pk in keys:
        if kind == "page" and pk in pages:
            hits.append(page_hit(pages[pk], terms))
        elif kind == "posting" and pk in postings and portal is not None:
            hits.append(posting_hit(postings[pk], portal, terms))
    return hits


def search(request):
    query = clean_query_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    kind = request.GET.get("type", "")
    if kind not in PAGE_TYPES and kind != POSTING_TYPE[0]:
        kind = ""
    keys, promotions, results, portal = [], [], None, None
    groups = query_terms(query) if query else []
    if groups:
        if kind in ("", *PAGE_TYPES):
            keys += [("page", pk) for pk in matched_page_pks(query, kind, groups)]
        # Postings are seen through the portal: none are listed while it is not public.
        portal = PortalPage.objects.live().public().first()
        if kind in ("", POSTING_TYPE[0]) and portal is not None:
            keys += [("posting", pk) for pk in matched_posting_pks(query)]
        search_query = Query.get(query)
        search_query.add_hit()
        public_pages = Page.objects.live().public()
        promotions = search_query.editors_picks.filter(page__in=public_pages).select_related("page")
    if query:
        # Paginate the keys; only the ten shown are loaded and given excerpts.
        results = paginate(request, keys, RESULTS_PER_PAGE)
        terms = [form for group in groups for form in group]
        results.object_list = hits_for(results.object_list, terms, portal)
    types = [(value, label) for value, (label, _model) in PAGE_TYPES.items()] + [POSTING_TYPE]
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results,
            "promotions": promotions,
            "types": types,
            "current_type": kind,
            "pagination_query": urlencode({"q": query, **({"type": kind} if kind else {})}),
            "noindex": True,
        },
    )

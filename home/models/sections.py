"""The base of the section index pages (columns, features, succession stories)."""

from django.apps import apps
from django.http import Http404

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.feeds import SectionFeed
from home.pagination import paginate

from .mixins import BasePage
from .routing import typed_child


class SectionIndexPage(RoutablePageMixin, BasePage):
    """One list page per section under the home page: its live, public children as cards,
    paginated, with optional filters and an RSS feed at `feed/`. Writers draft the section's
    articles here (home.signals gives them the rights when the index is created).

    A section says only what differs: `get_items()` (the queryset, with what a card needs),
    `filter_items()` (the reader's filters and what the template needs to show them), the
    name of the page of results in the template and how many items go on a page."""

    items_per_page = 12
    feed_length = 20
    results_context_name = "items_page"
    writers_contribute = True

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def get_items(self):
        raise NotImplementedError

    def route(self, request, path_components):
        """An article at `<index>/<slug>/` in one query, with what its page shows from
        other tables (`route_select_related` of the article's class): Wagtail's route takes
        one query for the child, one for its specific row and one for each of those."""
        if len(path_components) == 1:
            try:
                self.resolve_subpage(f"/{path_components[0]}/")  # feed/ and such go first
            except Http404:
                article = self._article(path_components[0])
                if article is not None:
                    return article.route(request, [])
        return super().route(request, path_components)

    def _article(self, slug):
        if len(self.subpage_types) != 1:
            return None
        return typed_child(self, slug, apps.get_model(self.subpage_types[0]))

    def filter_items(self, request, items):
        """(`items` narrowed by the request's filters, extra template context)."""
        return items, {}

    def feed_items(self):
        return self.get_items()[: self.feed_length]

    @path("")
    def index_route(self, request):
        items, context = self.filter_items(request, self.get_items())
        context[self.results_context_name] = paginate(request, items, self.items_per_page)
        return self.render(request, context_overrides=context)

    @path("feed/")
    def feed_route(self, request):
        return SectionFeed(self, request)(request)

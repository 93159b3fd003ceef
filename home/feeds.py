"""RSS for the section index pages: one feed class, each index says what goes in it."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed


class SectionFeed(Feed):
    """Feed for an index page that has `feed_items()` and the usual page fields.

    Items need `title`, `full_url`, `feed_description` and `feed_date`.
    """

    feed_type = Rss201rev2Feed

    def __init__(self, index_page, request):
        super().__init__()
        self.index_page = index_page
        self.request = request

    def title(self):
        return self.index_page.seo_title or self.index_page.title

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.meta_description

    def items(self):
        return self.index_page.feed_items()

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_description(self, item):
        return item.feed_description

    def item_pubdate(self, item):
        return item.feed_date

    def item_author_name(self, item):
        return getattr(item, "feed_author", None)

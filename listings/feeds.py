"""The RSS feed of the portal's public postings."""

from home.feeds import SectionFeed

FEED_LENGTH = 50


class PostingFeed(SectionFeed):
    """RSS of the portal's public postings (items are snippets, not pages)."""

    def items(self):
        return self.index_page.public_postings()[:FEED_LENGTH]

    def item_link(self, item):
        return self.index_page.posting_full_url(item, self.request)

    def item_description(self, item):
        return f"{item.employer_name}｜{item.area}｜{item.wage_display}\n{item.description[:200]}"

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return item.employer_name

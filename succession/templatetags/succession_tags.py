"""What other pages (the home page, company pages) may show of the succession section."""

from django import template

from succession.models import SuccessionStoryPage, Visibility

register = template.Library()


def _stories():
    return (
        SuccessionStoryPage.objects.live()
        .public()
        .select_related("area", "listing_image", "listing_image__credit_person")
        .prefetch_related("listing_image__renditions")
        .order_by("-first_published_at")
    )


@register.inclusion_tag("succession/includes/story_cards.html", takes_context=True)
def latest_stories(context, count=3):
    return {"stories": _stories()[:count], "request": context.get("request")}


@register.inclusion_tag("succession/includes/story_cards.html", takes_context=True)
def stories_for_employer(context, employer):
    """Open stories about an employer; an anonymous story is never tied to a company page."""
    stories = _stories().filter(employer=employer, visibility=Visibility.OPEN)
    return {"stories": stories, "request": context.get("request"), "heading": True}

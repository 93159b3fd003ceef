"""What other pages (the home page, features) may show of the recruiting section."""

from django import template

from listings.models import JobFeaturePage, JobPosting, PortalPage

register = template.Library()


def _portal(context):
    """The live portal page, looked up once per request."""
    request = context.get("request")
    cached = getattr(request, "_listings_portal", None) if request else None
    if cached is None:
        cached = PortalPage.objects.live().first() or False
        if request is not None:
            request._listings_portal = cached
    return cached or None


@register.simple_tag(takes_context=True)
def employer_url(context, employer):
    portal = _portal(context)
    if portal is None or not employer or not employer.live:
        return ""
    return portal.employer_url(employer)


@register.inclusion_tag("listings/includes/latest_postings.html", takes_context=True)
def latest_postings(context, count=5):
    portal = _portal(context)
    postings = JobPosting.objects.public().for_cards().order_by("-first_published_at")[:count]
    return {"postings": postings if portal else [], "portal": portal}


@register.inclusion_tag("listings/includes/latest_features.html", takes_context=True)
def latest_features(context, count=3):
    features = (
        JobFeaturePage.objects.live()
        .public()
        .select_related("employer", "listing_image", "listing_image__credit_person")
        .prefetch_related("listing_image__renditions")
        .order_by("-first_published_at")[:count]
    )
    return {"features": features, "request": context.get("request")}

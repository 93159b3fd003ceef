"""Views outside the page tree: the open-data address /portal/postings.json."""

from django.http import Http404

from listings.models import PortalPage


def open_data(request):
    """/portal/postings.json: Wagtail's page URLs end in a slash, so this file-like address
    is routed here and answered by the live portal page."""
    portal = PortalPage.objects.live().public().first()
    if portal is None:
        raise Http404
    return portal.open_data_route(request)

"""Admin view for inquiries beyond their viewset (succession/wagtail_hooks.py): the list an
owner may be given of every inquiry about their story."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from succession.models import SuccessionStoryPage


def owner_report(request, story_id):
    """Every inquiry about a story with its status, without the inquirers' contacts: what the
    editorial team can hand to the owner on request."""
    if not request.user.has_perm("succession.view_successioninquiry"):
        raise PermissionDenied
    story = get_object_or_404(SuccessionStoryPage, pk=story_id)
    inquiries = story.inquiries.order_by("created_at")
    return TemplateResponse(
        request, "succession/admin/owner_report.html", {"story": story, "inquiries": inquiries}
    )

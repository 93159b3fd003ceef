"""Admin: a moderator resends an employer's private link (after a mail failure, say)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from listings.models import JobPosting
from listings.notifications import mail_employer


def resend_link(request, pk):
    posting = get_object_or_404(JobPosting, pk=pk)
    if not request.user.has_perm("listings.change_jobposting"):
        raise PermissionDenied
    back = reverse("wagtailsnippets_listings_jobposting:edit", args=(posting.pk,))
    if request.method == "POST":
        if mail_employer(posting, "resent"):
            log(posting, "listings.resend_link", user=request.user)
            messages.success(request, _("A new management link was sent to the employer."))
        else:
            messages.error(request, _("The mail could not be sent. Try again later."))
        return redirect(back)
    return TemplateResponse(
        request, "listings/admin/resend_link.html", {"posting": posting, "back": back}
    )

"""Admin: a moderator resends an employer's private link (after a mail failure, say) or
revokes its links (sent to the wrong address, leaked). Both ask first, on a page of their
own, and are logged."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from listings.models import JobPosting
from listings.notifications import mail_employer
from listings.services import revoke_links as revoke_posting_links


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


def revoke_links(request, pk):
    posting = get_object_or_404(JobPosting, pk=pk)
    if not request.user.has_perm("listings.change_jobposting"):
        raise PermissionDenied
    back = reverse("wagtailsnippets_listings_jobposting:edit", args=(posting.pk,))
    if request.method == "POST":
        count = revoke_posting_links(posting, request.user)
        messages.success(
            request,
            _("The management links of “%(title)s” no longer work (%(count)d revoked).")
            % {"title": posting.title, "count": count},
        )
        return redirect(back)
    return TemplateResponse(
        request, "listings/admin/revoke_links.html", {"posting": posting, "back": back}
    )

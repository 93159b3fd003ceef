"""Admin: a moderator resends an employer's private link (after a mail failure, say),
revokes its links (sent to the wrong address, leaked) or takes a live posting off the site
with a reason. Each asks first, on a page of its own, and is logged."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from listings.models import JobPosting
from listings.notifications import mail_employer
from listings.services import revoke_links as revoke_posting_links
from listings.services import take_down as take_posting_down


def confirm_then(request, pk, template, act, form_class=None):
    """The shared shape: the posting, the moderator's right to change it, a page that asks
    (with an optional form), and on POST `act(posting, form)` back to the posting."""
    posting = get_object_or_404(JobPosting, pk=pk)
    if not request.user.has_perm("listings.change_jobposting"):
        raise PermissionDenied
    back = reverse("wagtailsnippets_listings_jobposting:edit", args=(posting.pk,))
    form = form_class(request.POST or None) if form_class else None
    if request.method == "POST" and (form is None or form.is_valid()):
        act(posting, form)
        return redirect(back)
    context = {"posting": posting, "back": back, "form": form}
    return TemplateResponse(request, template, context)


def resend_link(request, pk):
    def act(posting, _form):
        # Queued, not sent: the link is made when the worker sends the mail, and the
        # posting's mail panel shows whether it went out.
        mail_employer(posting, "resent")
        log(posting, "listings.resend_link", user=request.user)
        messages.success(
            request,
            _("Resend accepted: a new management link will be mailed to the employer."),
        )

    return confirm_then(request, pk, "listings/admin/resend_link.html", act)


def revoke_links(request, pk):
    def act(posting, _form):
        count = revoke_posting_links(posting, request.user)
        messages.success(
            request,
            _("The management links of “%(title)s” no longer work (%(count)d revoked).")
            % {"title": posting.title, "count": count},
        )

    return confirm_then(request, pk, "listings/admin/revoke_links.html", act)


class TakeDownForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why it is taken down"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Kept in the posting's history for the other moderators (e.g. the correction "
            "request, or the rule it breaks). The employer is not sent this text."
        ),
    )


def take_down(request, pk):
    """Off the site with a reason in the history; only staff can bring it back."""

    def act(posting, form):
        take_posting_down(posting, request.user, form.cleaned_data["reason"])
        messages.success(
            request, _("“%(title)s” was taken off the site.") % {"title": posting.title}
        )

    return confirm_then(request, pk, "listings/admin/take_down.html", act, TakeDownForm)

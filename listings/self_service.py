"""Employer self-service without an account: /portal/manage/<token>/ and "I lost my link".

Every response here is private and never cached or indexed; a wrong or old token is a
plain 404."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import path

from home import abuse
from home.templatetags.correction_tags import correction_page_url
from listings.forms import JobPostingForm, LostLinkForm, RenewForm
from listings.models.postings import ClosedReason, JobPosting
from listings.models.tokens import ManagementToken
from listings.notifications import mail_links_for_address
from listings.services import (
    can_edit,
    can_renew,
    close,
    edit_by_employer,
    employer_status,
    renew,
)

STATUS_LABELS = {
    "in_review": _("In review"),
    "public": _("Public"),
    "needs_changes": _("Needs changes"),
    "ended": _("Ended"),
    "taken_down": _("Taken down by the site"),
}


def private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The token is in the path: no other site may see it in Referer. `same-origin`, not
    # `no-referrer`: under no-referrer browsers post this page's forms with `Origin: null`,
    # which Django's CSRF check refuses (a 403 on every action, unseen by the test client).
    response["Referrer-Policy"] = "same-origin"
    return response


class SelfServiceRoutes:
    """Routes mixed into the portal page."""

    def _manage_context(self, request, posting, token, **extra):
        context = self.get_context(request)
        status = employer_status(posting)
        context.update(
            posting=posting,
            draft=posting.get_latest_revision_as_object(),
            token=token,
            portal=self,
            manage_url=f"{self.url}manage/{token}/",
            status=status,
            status_label=STATUS_LABELS[status],
            can_renew=can_renew(posting),
            can_edit=can_edit(posting),
            # Where a taken-down posting's employer can ask the editorial team about it.
            correction_url=correction_page_url(request) if status == "taken_down" else "",
            noindex=True,
            breadcrumb_title=_("Manage your posting"),
            **extra,
        )
        return context

    def _posting_for(self, token):
        posting = ManagementToken.find_posting(token)
        if posting is None:
            raise Http404
        return posting

    @path("manage/<str:token>/", name="manage")
    def manage_route(self, request, token):
        posting = self._posting_for(token)
        renew_form = RenewForm()
        if request.method == "POST":
            action = request.POST.get("action")
            if (
                action in (ClosedReason.FILLED, ClosedReason.WITHDRAWN)
                and not posting.closed_reason
            ):
                close(posting, action)
                return redirect(f"{self.url}manage/{token}/?done={action}")
            if action == "renew" and can_renew(posting):
                renew_form = RenewForm(request.POST)
                if renew_form.is_valid():
                    renew(posting, renew_form.cleaned_data["valid_through"])
                    return redirect(f"{self.url}manage/{token}/?done=renew")
        context = self._manage_context(
            request, posting, token, renew_form=renew_form, done=request.GET.get("done", "")
        )
        return private(TemplateResponse(request, "listings/manage.html", context))

    @path("manage/<str:token>/edit/", name="manage_edit")
    def manage_edit_route(self, request, token):
        posting = self._posting_for(token)
        if not can_edit(posting):
            return redirect(f"{self.url}manage/{token}/")
        draft = posting.get_latest_revision_as_object()
        form = JobPostingForm(request.POST or None, instance=draft)
        if request.method == "POST" and form.is_valid():
            edit_by_employer(posting, form.cleaned_data)
            return redirect(f"{self.url}manage/{token}/?done=edit")
        context = self._manage_context(request, posting, token, form=form)
        return private(TemplateResponse(request, "listings/manage_edit.html", context))

    @path("manage/", name="lost_link")
    def lost_link_route(self, request):
        form = LostLinkForm(request.POST or None)
        sent = request.GET.get("sent") == "1"
        message = None
        if request.method == "POST" and form.is_valid():
            email = form.cleaned_data["email"]
            limited = abuse.limit_reached(
                "lost-link-address", abuse.client_address(request)
            ) or abuse.limit_reached("lost-link-email", email)
            if limited:
                message = abuse.RATE_LIMIT_MESSAGE
            else:
                postings = [
                    p
                    for p in JobPosting.objects.filter(submitter_email__iexact=email)
                    if not p.closed_reason
                ]
                if postings:
                    mail_links_for_address(email, postings)
                # The same answer whether or not the address is known.
                return redirect(f"{self.url}manage/?sent=1")
        context = self.get_context(request)
        context.update(
            form=form,
            sent=sent,
            message=message,
            noindex=True,
            breadcrumb_title=_("Get your management links"),
        )
        return private(TemplateResponse(request, "listings/lost_link.html", context))

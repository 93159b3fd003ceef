"""Employer self-service without an account, and "I lost my link".

The mailed link /portal/manage/<token>/ only hands its token to the session and moves on
to /portal/manage/posting/<id>/ (listings.manage_access), so the token appears in one
request line and in no later one, nor in any Referer. Every response here is private and
never cached or indexed; a wrong token, or a posting this session has no working link
for, is a plain 404."""

import logging

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import path

from home.templatetags.correction_tags import correction_page_url
from listings import manage_access
from listings.forms import JobPostingForm, LostLinkForm, RenewForm
from listings.models.postings import ClosedReason, JobPosting
from listings.notifications import mail_links_for_address
from listings.services import (
    can_edit,
    can_renew,
    close,
    edit_by_employer,
    employer_status,
    renew,
)

logger = logging.getLogger(__name__)

STATUS_LABELS = {
    "in_review": _("In review"),
    "public": _("Public"),
    "needs_changes": _("Needs changes"),
    "ended": _("Ended"),
    "taken_down": _("Taken down by the site"),
}
# The posting just closed from this session: its links are revoked, but the page that says
# "closed" is shown once.
CLOSED_KEY = "listings.manage_closed"


def private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    # The mailed link carries the token: no other site may see it in Referer. `same-origin`,
    # not `no-referrer`: under no-referrer browsers post this page's forms with
    # `Origin: null`, which Django's CSRF check refuses (a 403 on every action, unseen by
    # the test client).
    response["Referrer-Policy"] = "same-origin"
    return response


class RedirectThenWork(HttpResponseRedirect):
    """A redirect whose `work` runs once the WSGI server has sent it (in `close()`), so
    the time of the answer says nothing about what the work found."""

    def __init__(self, url, work):
        super().__init__(url)
        self.work = work

    def close(self):
        try:
            self.work()
        except Exception:
            # The answer is already out; the person can ask again.
            logger.exception("Work after the response failed")
        finally:
            super().close()


class SelfServiceRoutes:
    """Routes mixed into the portal page."""

    def _manage_url(self, posting):
        return f"{self.url}manage/posting/{posting.pk}/"

    def _manage_context(self, request, posting, **extra):
        context = self.get_context(request)
        status = employer_status(posting)
        context.update(
            posting=posting,
            draft=posting.get_latest_revision_as_object(),
            portal=self,
            manage_url=self._manage_url(posting),
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

    def _posting_for(self, request, posting_id):
        posting = manage_access.posting_for(request, posting_id)
        if posting is None:
            raise Http404
        return posting

    @path("manage/<str:token>/", name="manage")
    def manage_link_route(self, request, token):
        """The mailed link: the token goes into the session, the browser to a URL without it."""
        posting = manage_access.grant(request, token)
        if posting is None:
            raise Http404
        return private(redirect(self._manage_url(posting)))

    @path("manage/posting/<int:posting_id>/", name="manage_posting")
    def manage_route(self, request, posting_id):
        done = request.GET.get("done", "")
        if (
            done in (ClosedReason.FILLED, ClosedReason.WITHDRAWN)
            and request.session.get(CLOSED_KEY) == posting_id
        ):
            # Closing revoked the links; this one answer still says what happened.
            del request.session[CLOSED_KEY]
            posting = JobPosting.objects.filter(pk=posting_id).first()
            if posting is None:
                raise Http404
            context = self._manage_context(request, posting, renew_form=None, done=done)
            return private(TemplateResponse(request, "listings/manage.html", context))
        posting = self._posting_for(request, posting_id)
        url = self._manage_url(posting)
        renew_form = RenewForm()
        if request.method == "POST":
            action = request.POST.get("action")
            if (
                action in (ClosedReason.FILLED, ClosedReason.WITHDRAWN)
                and not posting.closed_reason
            ):
                close(posting, action)
                manage_access.forget(request, posting.pk)
                request.session[CLOSED_KEY] = posting.pk
                return private(redirect(f"{url}?done={action}"))
            if action == "renew" and can_renew(posting):
                renew_form = RenewForm(request.POST)
                if renew_form.is_valid():
                    renew(posting, renew_form.cleaned_data["valid_through"])
                    return private(redirect(f"{url}?done=renew"))
        context = self._manage_context(request, posting, renew_form=renew_form, done=done)
        return private(TemplateResponse(request, "listings/manage.html", context))

    @path("manage/posting/<int:posting_id>/edit/", name="manage_edit")
    def manage_edit_route(self, request, posting_id):
        posting = self._posting_for(request, posting_id)
        url = self._manage_url(posting)
        if not can_edit(posting):
            return private(redirect(url))
        draft = posting.get_latest_revision_as_object()
        form = JobPostingForm(request.POST or None, instance=draft)
        if request.method == "POST" and form.is_valid():
            edit_by_employer(posting, form.cleaned_data)
            return private(redirect(f"{url}?done=edit"))
        context = self._manage_context(request, posting, form=form)
        return private(TemplateResponse(request, "listings/manage_edit.html", context))

    @path("manage/", name="lost_link")
    def lost_link_route(self, request):
        form = LostLinkForm(request.POST or None, request=request)
        sent_url = f"{self.url}{self.reverse_subpage('lost_link')}?sent=1"
        refusal = None
        if form.is_bound and form.is_bot():
            return private(redirect(sent_url))
        if form.is_bound and form.is_valid():
            refusal = form.refusal()
            if refusal is None:
                email = form.cleaned_data["email"]
                # The same answer, after the same work, whether or not the address is
                # known: the look-up and the mail happen once the answer has gone out.
                return private(RedirectThenWork(sent_url, lambda: mail_links_for_address(email)))
        context = self.get_context(request)
        context.update(
            form=form,
            sent=request.GET.get("sent") == "1",
            message=refusal.message if refusal else None,
            noindex=True,
            breadcrumb_title=_("Get your management links"),
        )
        status = refusal.status if refusal else 200
        return private(TemplateResponse(request, "listings/lost_link.html", context, status=status))

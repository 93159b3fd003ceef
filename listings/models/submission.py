"""The public posting form page (/portal/submit/): 入力 → 確認 → 完了, with the guards of
every public form (home.public_forms.base), checked when 送信する is pressed."""

import datetime

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from home.models import BasePage

DEFAULT_DEADLINE_DAYS = 30
STEP_INPUT, STEP_CONFIRM, STEP_DONE = "input", "confirm", "done"


class SubmissionFormPage(BasePage):
    intro = RichTextField(
        _("introduction"),
        features=["bold", "link", "ul", "ol"],
        blank=True,
        help_text=_("Who may post, what it costs (nothing), how moderation works."),
    )
    rules = RichTextField(
        _("posting rules"),
        features=["h3", "bold", "link", "ul", "ol"],
        help_text=_("掲載規約: what may not be posted, and why a posting can be refused."),
    )
    thank_you = RichTextField(
        _("thank-you text"),
        features=["bold", "link", "ul", "ol"],
        help_text=_("Shown after sending: what happens next."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("rules"),
        FieldPanel("thank_you"),
    ]

    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    parent_page_types = ["listings.PortalPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("posting form page")

    def serve(self, request, *args, **kwargs):
        from listings.forms import SubmissionForm
        from listings.services import create_submission

        if request.method != "POST":
            if request.GET.get("sent"):
                return self.render_step(request, STEP_DONE)
            deadline = timezone.localdate() + datetime.timedelta(days=DEFAULT_DEADLINE_DAYS)
            initial = {"valid_through": deadline}
            form = SubmissionForm(initial=initial, request=request)
            return self.render_step(request, STEP_INPUT, form)

        form = SubmissionForm(request.POST, request=request)
        if form.is_bot():
            # A bot: answer as if it worked, keep nothing.
            return redirect(f"{self.url}?sent=1")
        step = request.POST.get("step")
        if step == "edit" or not form.is_valid():
            return self.render_step(request, STEP_INPUT, form)
        if step != "submit":
            return self.render_step(request, STEP_CONFIRM, form)

        refusal = form.refusal()
        if refusal:
            return self.render_step(
                request, STEP_CONFIRM, form, message=refusal.message, status=refusal.status
            )
        create_submission(form.cleaned_data, form.submission_key)
        # Post/Redirect/Get: a reload of the thank-you page sends nothing again.
        return redirect(f"{self.url}?sent=1", permanent=False)

    def render_step(self, request, step, form=None, message=None, status=200):
        context = self.get_context(request)
        # The form carries the posted token across 入力 ⇄ 確認 and any error (the same rule
        # as every public form): the fill time counts from the first showing.
        context.update(step=step, form=form, message=message, noindex=step != STEP_INPUT)
        response = TemplateResponse(
            request, "listings/submission_form_page.html", context, status=status
        )
        # Forms carry a CSRF token and what someone typed: never in a shared cache.
        response["Cache-Control"] = "private, no-store"
        return response

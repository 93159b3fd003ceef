"""A page that carries one public form: the same guards and the same answers everywhere.

A page class mixes in `PublicFormPageMixin`, names its form and its rate limits, and
implements `form_valid()` to store the record. GET shows the form (and, after sending,
the thank-you text); a POST is checked in this order: honeypot (a bot is told "sent" and
nothing is kept), the form's own validation (messages beside each field), the signed form
token (too quick, too old), the rate limits (429, with a message). Nothing the person
typed is lost on any of these: the form comes back filled in.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from home import abuse


class PublicFormPageMixin:
    form_anchor = "form"  # the id of the form's section on the page
    # Names in home.abuse.DEFAULT_LIMITS: one counted per client address, one per e-mail.
    address_limit = None
    email_limit = None
    email_field = "email"

    def get_form_class(self):
        raise NotImplementedError

    def get_form_kwargs(self, request):
        return {}

    def form_valid(self, request, form, submission_key):
        """Store what was sent (once per submission key); may return a response."""
        raise NotImplementedError

    def sent_url(self, request):
        return f"{self.url}?sent=1#{self.form_anchor}"

    def serve(self, request, *args, **kwargs):
        form_class = self.get_form_class()
        form, message, status = form_class(**self.get_form_kwargs(request)), None, 200
        if request.method == "POST":
            result = self.handle_form(request, form_class)
            if not isinstance(result, tuple):
                return result
            form, message, status = result
        response = self.render_with_form(request, form, message, status)
        # The page carries a CSRF token and what someone typed: never in a shared cache.
        response["Cache-Control"] = "private, no-store"
        return response

    def handle_form(self, request, form_class):
        """A redirect when done; else (form, message, status) to show again."""
        if abuse.honeypot_filled(request.POST):
            return redirect(self.sent_url(request))
        form = form_class(request.POST, **self.get_form_kwargs(request))
        if not form.is_valid():
            return form, None, 200
        key, problem = abuse.read_form_token(request.POST.get("form_token"))
        if problem:
            return form, problem, 200
        email = form.cleaned_data.get(self.email_field) or ""
        limited = (
            self.address_limit
            and abuse.limit_reached(self.address_limit, abuse.client_address(request))
        ) or (self.email_limit and abuse.limit_reached(self.email_limit, email))
        if limited:
            return form, abuse.RATE_LIMIT_MESSAGE, 429
        return self.form_valid(request, form, key) or redirect(self.sent_url(request))

    def render_with_form(self, request, form, message, status):
        context = self.get_context(request)
        context.update(
            form=form,
            form_token=abuse.new_form_token(),
            form_message=message,
            form_sent=request.GET.get("sent") == "1",
            honeypot=abuse.HONEYPOT_FIELD,
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)

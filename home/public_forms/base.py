"""The base of every public form (PublicForm) and of the pages that serve one
(PublicFormPageMixin): the same guards, in the same order, with the same answers everywhere.

A new public form inherits `PublicForm` (before forms.Form or forms.ModelForm) and names its
rate limits; that gives it every guard:

- invisible characters removed, and the field says so (cleaning.ControlCharactersMixin);
- lengths told, never cut (character_limits.CharacterLimitsMixin);
- the honeypot (a bot is told "sent" and nothing is kept): `is_bot()`;
- the signed form token (too quick, too old) and the rate limits per client address and
  per e-mail: `refusal()`, asked once the form is valid and before anything is stored.

The page or view renders `components/form_guards.html` inside the <form> (the token and
the honeypot) and acts in this order: is_bot → is_valid → refusal → store. Nothing the
person typed is lost on any refusal: the form comes back filled in, with the token it was
sent with (guards.form_token_for), so the fill time still counts from the first showing.
"""

from dataclasses import dataclass

from django.shortcuts import redirect
from django.template.response import TemplateResponse

from home.public_forms import guards
from home.public_forms.character_limits import CharacterLimitsMixin
from home.public_forms.cleaning import ControlCharactersMixin


@dataclass(frozen=True)
class Refusal:
    """Why a valid form was not acted on: shown above the form, with this HTTP status."""

    message: str
    status: int = 200


class PublicForm(ControlCharactersMixin, CharacterLimitsMixin):
    """Mixed in before forms.Form / forms.ModelForm by every form the public sends."""

    # The prefix of its two limits in guards.DEFAULT_LIMITS: "<name>-address" counts per
    # client address, "<name>-email" per the address typed in `email_field`.
    rate_limit_name = None
    email_field = "email"

    def __init__(self, data=None, *args, request=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.request = request
        # The token this form carries when shown: new on a first showing, the posted one
        # carried forward after a POST.
        self.form_token = guards.form_token_for(
            self.data.get("form_token", "") if self.is_bound else None
        )
        self.submission_key = None
        self.honeypot_name = guards.HONEYPOT_FIELD

    def is_bot(self):
        return self.is_bound and guards.honeypot_filled(self.data)

    def refusal(self):
        """None when the (valid) form may be acted on, else a Refusal. Sets submission_key,
        the key that makes a form sent twice one record. Counts one attempt against the
        rate limits, so ask once per send."""
        key, problem = guards.read_form_token(self.data.get("form_token"))
        if problem:
            return Refusal(problem)
        self.submission_key = key
        if self.rate_limit_name and self.over_rate_limit():
            return Refusal(guards.RATE_LIMIT_MESSAGE, status=429)
        return None

    def over_rate_limit(self):
        name = self.rate_limit_name
        address = guards.client_address(self.request) if self.request else ""
        email = self.cleaned_data.get(self.email_field) or ""
        # Both are counted, so that neither limit can be dodged by tripping the other.
        over_address = guards.limit_reached(f"{name}-address", address)
        over_email = guards.limit_reached(f"{name}-email", email)
        return over_address or over_email


class PublicFormPageMixin:
    """A page that carries one PublicForm. The page class names its form and implements
    `form_valid()` to store the record. GET shows the form (and, after sending, the
    thank-you text)."""

    form_anchor = "form"  # the id of the form's section on the page

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
        data = request.POST if request.method == "POST" else None
        form = form_class(data, request=request, **self.get_form_kwargs(request))
        refusal = None
        if form.is_bound:
            if form.is_bot():
                return redirect(self.sent_url(request))
            if form.is_valid():
                refusal = form.refusal()
                if refusal is None:
                    done = self.form_valid(request, form, form.submission_key)
                    return done or redirect(self.sent_url(request))
        response = self.render_with_form(request, form, refusal)
        # The page carries a CSRF token and what someone typed: never in a shared cache.
        response["Cache-Control"] = "private, no-store"
        return response

    def render_with_form(self, request, form, refusal):
        context = self.get_context(request)
        context.update(
            form=form,
            form_message=refusal.message if refusal else None,
            form_sent=request.GET.get("sent") == "1",
        )
        status = refusal.status if refusal else 200
        return TemplateResponse(request, self.get_template(request), context, status=status)

"""A page that carries one public form, and that form: the same guards and the same
answers everywhere.

A page class mixes in `PublicFormPageMixin`, names its form and its rate limits, and
implements `form_valid()` to store the record. GET shows the form (and, after sending,
the thank-you text); a POST is checked in this order: honeypot (a bot is told "sent" and
nothing is kept), the form's own validation (messages beside each field), the signed form
token (too quick, too old), the rate limits (429, with a message). Nothing the person
typed is lost on any of these: the form comes back filled in, with the token it was sent
with (guards.form_token_for), so the fill time still counts from the first showing.
"""

import unicodedata

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from home.public_forms import guards


class PublicFormPageMixin:
    form_anchor = "form"  # the id of the form's section on the page
    # Names in guards.DEFAULT_LIMITS: one counted per client address, one per e-mail.
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
        if guards.honeypot_filled(request.POST):
            return redirect(self.sent_url(request))
        form = form_class(request.POST, **self.get_form_kwargs(request))
        if not form.is_valid():
            return form, None, 200
        key, problem = guards.read_form_token(request.POST.get("form_token"))
        if problem:
            return form, problem, 200
        email = form.cleaned_data.get(self.email_field) or ""
        limited = (
            self.address_limit
            and guards.limit_reached(self.address_limit, guards.client_address(request))
        ) or (self.email_limit and guards.limit_reached(self.email_limit, email))
        if limited:
            return form, guards.RATE_LIMIT_MESSAGE, 429
        return self.form_valid(request, form, key) or redirect(self.sent_url(request))

    def render_with_form(self, request, form, message, status):
        context = self.get_context(request)
        context.update(
            form=form,
            form_token=guards.form_token_for(request),
            form_message=message,
            form_sent=request.GET.get("sent") == "1",
            honeypot=guards.HONEYPOT_FIELD,
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)


# Control characters (Cc: NUL, ESC...) and format characters (Cf: the right-to-left
# override U+202E, zero-width spaces and joiners, the BOM, the bidi isolates U+2066-2069):
# invisible, and in a published title they reorder or hide what readers see.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf"})


def is_hidden(ch, multiline):
    return unicodedata.category(ch) in HIDDEN_CATEGORIES and not (multiline and ch in "\n\r\t")


def has_controls(value, multiline):
    return any(is_hidden(ch, multiline) for ch in value)


def without_controls(value, multiline):
    return "".join(ch for ch in value if not is_hidden(ch, multiline))


CONTROL_MESSAGE = _(
    "This contained invisible control characters, which we removed. Check it and send again."
)


class ControlCharactersMixin:
    """One rule for invisible characters (control and format characters, see
    HIDDEN_CATEGORIES), mixed in before forms.Form or forms.ModelForm. They are removed
    from what was sent and each field that had any says so, so the person sees the cleaned
    text and only has to send again; nothing is stored on that round.

    `multiline_fields` may keep line breaks and tabs (\\r\\n becomes \\n, so that lengths
    are counted as the browser showed them); `nfkc_fields` are NFKC-normalised."""

    multiline_fields = frozenset()
    nfkc_fields = frozenset()

    def __init__(self, data=None, *args, **kwargs):
        self.control_fields = set()
        if data is not None:
            data = self.tidy(data)
        super().__init__(data, *args, **kwargs)
        for field in self.fields.values():
            # Our message (clean() below) instead of Django's, which covers only NUL.
            field.validators = [
                v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)
            ]

    def tidy(self, data):
        data = data.copy()
        for name in list(data.keys()):
            values = data.getlist(name) if hasattr(data, "getlist") else [data[name]]
            if len(values) != 1 or not isinstance(values[0], str):
                continue  # checkbox lists and files are not typed text
            value, multiline = values[0], name in self.multiline_fields
            if has_controls(value, multiline):
                self.control_fields.add(name)
                value = without_controls(value, multiline)
            if name in self.nfkc_fields:
                value = unicodedata.normalize("NFKC", value)
            if multiline:
                value = value.replace("\r\n", "\n").replace("\r", "\n")
            data[name] = value
        return data

    def clean(self):
        cleaned = super().clean()
        for name in self.control_fields:
            if name in self.fields and name not in self.errors:
                self.add_error(name, CONTROL_MESSAGE)
        return cleaned


class PublicFormMixin(ControlCharactersMixin):
    """What the forms of PublicFormPageMixin pages share: the rule for invisible characters
    and the honeypot field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[guards.HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

"""The correction and removal request form: what is wrong, and an optional contact.

Text is kept exactly as typed; characters a person cannot see (control characters) are
refused with a message beside the field, as everything else is, so nothing is changed
behind their back. E-mail addresses accept full-width characters (NFKC).
"""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from home.abuse import HONEYPOT_FIELD
from home.models import CorrectionReason, CorrectionRequest

ABOUT_MAX_LENGTH = 500


def control_characters_validator(allow_line_breaks):
    allowed = "\n\r\t" if allow_line_breaks else ""

    def validate(value):
        if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value):
            raise ValidationError(
                _("This contains invisible control characters. Please retype it."),
                code="control_characters",
            )

    return validate


class NfkcEmailField(forms.EmailField):
    def to_python(self, value):
        return unicodedata.normalize("NFKC", super().to_python(value)).lower()


class CorrectionRequestForm(forms.ModelForm):
    reason = forms.ChoiceField(
        label=_("What would you like us to do?"),
        choices=CorrectionReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what you would like us to do."),
            "invalid_choice": _("Choose one of the options."),
        },
    )
    contact_email = NfkcEmailField(
        label=_("Your e-mail (optional)"),
        required=False,
        max_length=254,
        help_text=_("If you give it, we confirm receipt and tell you what we did."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta:
        model = CorrectionRequest
        fields = ["reason", "details", "contact_name", "contact_email"]
        labels = {
            "details": _("What is wrong?"),
            "contact_name": _("Your name (optional)"),
        }
        help_texts = {
            "details": _(
                "Which part, and what it should say. Please do not write other people's "
                "personal information here."
            ),
        }
        error_messages = {
            "details": {"required": _("Tell us what is wrong, and what it should say.")},
        }
        widgets = {
            "details": forms.Textarea(attrs={"rows": 6}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }

    def __init__(self, *args, target=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.target = target
        if target is None:
            # The content could not be identified: the person says what it is.
            about = forms.CharField(
                label=_("Which page or posting is it about?"),
                max_length=ABOUT_MAX_LENGTH,
                help_text=_("Its title, or its address (URL) copied from the browser."),
                error_messages={
                    "required": _("Tell us which page or posting the request is about.")
                },
            )
            self.fields = {"about": about, **self.fields}
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        for name, field in self.fields.items():
            if name in ("about", "details", "contact_name"):
                # One clear message instead of Django's, which covers only NUL.
                field.validators = [
                    v
                    for v in field.validators
                    if not isinstance(v, ProhibitNullCharactersValidator)
                ]
                field.validators.append(control_characters_validator(name == "details"))

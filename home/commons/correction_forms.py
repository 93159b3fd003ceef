"""The correction and removal request form: what is wrong, and an optional contact.

Control characters are handled as on every public form (home.public_forms.base): removed, and
the field says so. E-mail addresses accept full-width characters (NFKC). A text over its
limit is refused with the count, never cut (home.public_forms.character_limits).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.models import CorrectionReason, CorrectionRequest
from home.public_forms.base import PublicForm

ABOUT_MAX_LENGTH = 500


class CorrectionRequestForm(PublicForm, forms.ModelForm):
    rate_limit_name = "correction"
    email_field = "contact_email"
    multiline_fields = frozenset({"details"})
    nfkc_fields = frozenset({"contact_email"})  # full-width addresses are accepted

    reason = forms.ChoiceField(
        label=_("What would you like us to do?"),
        choices=CorrectionReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what you would like us to do."),
            "invalid_choice": _("Choose one of the options."),
        },
    )
    contact_email = forms.EmailField(
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
            self.tell_limits()  # the mixin has seen the other fields, not this one

    def clean_contact_email(self):
        return self.cleaned_data["contact_email"].lower()

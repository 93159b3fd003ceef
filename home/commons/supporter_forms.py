"""The supporter application form on the supporters page.

Each field that can go wrong says so beside itself, in words a person can act on; control
characters are handled as on every public form (home.public_forms.base). E-mail addresses
accept full-width characters (NFKC); half-width katakana in the reading becomes full-width.
A text over its limit is refused with the count, never cut (home.public_forms.character_limits).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.commons.models.supporters import SUPPORT_KINDS, SupporterKind
from home.models import Supporter
from home.public_forms.base import PublicForm
from home.public_forms.fields import HttpUrlField


class SupporterForm(PublicForm, forms.ModelForm):
    rate_limit_name = "supporter"
    multiline_fields = frozenset({"message"})
    nfkc_fields = frozenset({"kana", "email", "url"})

    kind = forms.ChoiceField(
        label=_("Are you applying as an individual or an organisation?"),
        choices=SupporterKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose individual or organisation."),
            "invalid_choice": _("Choose individual or organisation."),
        },
    )
    url = HttpUrlField(
        label=_("Website (optional)"),
        required=False,
        max_length=200,
        help_text=_("Linked from your name on the supporters page."),
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    privacy = forms.BooleanField(
        label=_("I agree to the privacy policy"),
        error_messages={"required": _("Please read and agree to the privacy policy.")},
    )

    class Meta:
        model = Supporter
        fields = [
            "kind",
            "name",
            "kana",
            "email",
            "support_kinds",
            "url",
            "message",
            "consent_listing",
            "privacy",
        ]
        labels = {
            "name": _("Name"),
            "support_kinds": _("How would you like to support us?"),
            "message": _("Message (optional)"),
            "consent_listing": _("List my name on the supporters page"),
        }
        help_texts = {
            "name": _("Your name, or your organisation's. As it would be listed on the site."),
            "kana": _("In katakana or hiragana, e.g. ヒミ タロウ."),
            "email": _("We write to you at this address. It is never shown on the site."),
            "support_kinds": _("Choose one or more."),
            "message": _("Anything you would like to tell us (up to 1,000 characters)."),
            "consent_listing": _(
                "Once we approve your application, your name (and a logo and link, if any) "
                "appear on this page. You can ask us to remove them at any time."
            ),
        }
        error_messages = {
            "name": {"required": _("Enter your name or your organisation's name.")},
            "kana": {"required": _("Enter the reading of the name in kana.")},
            "email": {
                "required": _("Enter an e-mail address, so that we can reply."),
                "invalid": _("Enter an e-mail address like taro@example.jp."),
            },
            "support_kinds": {
                "required": _("Choose at least one way of supporting us."),
                "invalid_choice": _("Choose from the listed ways of supporting us."),
            },
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def clean_email(self):
        return self.cleaned_data["email"].lower()

    def clean_support_kinds(self):
        """Each kind once, in the order of the list."""
        chosen = set(self.cleaned_data["support_kinds"])
        return [key for key, _label in SUPPORT_KINDS if key in chosen]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_kana(self):
        return " ".join(self.cleaned_data["kana"].split())

"""The supporter application form on the supporters page.

Each field that can go wrong says so beside itself, in words a person can act on. Text
that arrives with invisible control characters is refused with a message and shown again
without them, so the person only has to check it and send again. E-mail addresses accept
full-width characters (NFKC); half-width katakana in the reading becomes full-width.
"""

import unicodedata

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from home.abuse import HONEYPOT_FIELD
from home.form_fields import HttpUrlField
from home.models import Supporter
from home.models.supporters import SUPPORT_KINDS, SupporterKind

# Fields that may hold line breaks and tabs; in the others every control character is one
# too many (a single-line input cannot produce them).
MULTILINE_FIELDS = {"message"}
NFKC_FIELDS = {"kana", "email", "url"}
CONTROL_MESSAGE = _(
    "This contained invisible control characters, which we removed. Check it and send again."
)


def has_controls(value, multiline):
    allowed = "\n\r\t" if multiline else ""
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value)


def without_controls(value, multiline):
    allowed = "\n\r\t" if multiline else ""
    return "".join(ch for ch in value if ch in allowed or unicodedata.category(ch) != "Cc")


class SupporterForm(forms.ModelForm):
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
            "kana": _("Reading (kana)"),
            "email": _("E-mail"),
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

    def __init__(self, data=None, *args, **kwargs):
        self.control_fields = set()
        if data is not None:
            data = self.tidy(data)
        super().__init__(data, *args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            required=False,
            label=_("Leave this empty"),
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        for field in self.fields.values():
            # One clear message of ours (add_error below) instead of Django's NUL one.
            field.validators = [
                v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)
            ]

    def tidy(self, data):
        """A copy of the posted data without control characters (the fields that had any
        are remembered for their message), with NFKC where it helps and \\r\\n as \\n, so
        that the length counted here is the one the browser showed."""
        data = data.copy()
        for name in self._meta.fields:
            if name == "support_kinds" or name not in data:
                continue
            value = data.get(name, "")
            multiline = name in MULTILINE_FIELDS
            if has_controls(value, multiline):
                self.control_fields.add(name)
                value = without_controls(value, multiline)
            if name in NFKC_FIELDS:
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

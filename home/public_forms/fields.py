"""Form fields for what people type on phones in Japan: full-width digits and hyphens are
fine (NFKC), links must be http(s). (Invisible characters: home.public_forms.cleaning.)"""

import re
import unicodedata

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

PHONE_PATTERN = re.compile(r"^\+?[0-9()\- ]{10,20}$")


class YenField(forms.IntegerField):
    """An amount in yen: 「１，２００円」 and 「1200」 are both 1200. A text input with a
    numeric keyboard, since browsers drop full-width digits from type=number inputs."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})

    def widget_attrs(self, widget):
        # No min/max attributes: the server checks the range and says so in Japanese.
        return {}

    def to_python(self, value):
        if isinstance(value, str):
            value = unicodedata.normalize("NFKC", value)
            value = re.sub(r"[,\s円]", "", value)
        return super().to_python(value)


class PhoneField(forms.CharField):
    default_error_messages = {
        "invalid": _("Enter a phone number with the area code, e.g. 0766-12-3456."),
    }

    def to_python(self, value):
        value = unicodedata.normalize("NFKC", super().to_python(value) or "")
        value = value.replace("ー", "-").replace("−", "-").replace("‐", "-").strip()
        return value

    def validate(self, value):
        super().validate(value)
        if value and (not PHONE_PATTERN.match(value) or sum(ch.isdigit() for ch in value) < 10):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")


class HttpUrlField(forms.URLField):
    default_validators = [URLValidator(schemes=["http", "https"])]
    default_error_messages = {"invalid": _("Enter a web address that starts with https://.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(unicodedata.normalize("NFKC", value or "").strip())

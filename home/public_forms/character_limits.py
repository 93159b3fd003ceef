"""Length limits that tell instead of cutting.

A `maxlength` attribute makes the browser drop whatever goes past the limit, silently, when
text is pasted: the person never learns that the end of what they wrote is gone. Forms
that mix in `CharacterLimitsMixin` take the attribute off, put the limit in
`data-max-length` (read by static/js/character-count.js, which keeps the counter beside the
field up to date) and answer an over-long value on the server with the limit and the count,
so nothing is lost and the form works the same without JavaScript.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.forms.boundfield import BoundField
from django.utils.translation import gettext_lazy as _

COUNT_FORMAT = _("%(count)s / %(limit)s characters")
OVER_FORMAT = _("%(count)s / %(limit)s characters (%(over)s over)")


def character_count(value):
    """Characters as the person sees them: code points (as Python's len), with a line break
    one character however the browser sends it, and surrounding spaces left out, as the
    form field strips them."""
    return len((value or "").replace("\r\n", "\n").strip())


class CharacterLimitValidator(MaxLengthValidator):
    message = _("Enter at most %(limit)s characters (now %(count)s).")

    def __call__(self, value):
        count = character_count(value)
        if count > self.limit_value:
            raise ValidationError(
                self.message,
                code=self.code,
                params={
                    "limit": f"{self.limit_value:,}",
                    "count": f"{count:,}",
                    "limit_value": self.limit_value,
                    "show_value": count,
                    "value": value,
                },
            )


class CountedBoundField(BoundField):
    """A bound field that knows its counter: the template shows it, and assistive
    technology reads it with the field (aria-describedby)."""

    @property
    def character_counter(self):
        limit = getattr(self.field, "character_limit", None)
        if not limit or not getattr(self.field, "show_counter", False):
            return None
        value = self.value()
        count = character_count(value if isinstance(value, str) else "")
        over = count - limit
        values = {"count": f"{count:,}", "limit": f"{limit:,}", "over": f"{over:,}"}
        return {
            "id": f"{self.auto_id}_count",
            "over": over > 0,
            "text": (OVER_FORMAT if over > 0 else COUNT_FORMAT) % values,
            # The same wording for the script, with the placeholders left in.
            "format": str(COUNT_FORMAT),
            "format_over": str(OVER_FORMAT),
        }

    @property
    def aria_describedby(self):
        described = super().aria_describedby
        if described is None or not self.auto_id or not self.character_counter:
            return described
        return f"{described} {self.auto_id}_count".strip()


def tell_limit(field):
    """Give one form field a told limit instead of a cut one (idempotent)."""
    limit = getattr(field, "max_length", None)
    if not limit:
        return
    field.character_limit = int(limit)
    # Addresses, phone numbers and links are not prose: a running count does not help there,
    # but an over-long one is still refused with the numbers instead of being cut.
    field.show_counter = type(field) is forms.CharField
    field.widget.attrs.pop("maxlength", None)
    field.widget.attrs["data-max-length"] = str(field.character_limit)
    field.validators = [
        CharacterLimitValidator(field.character_limit) if isinstance(v, MaxLengthValidator) else v
        for v in field.validators
    ]


class CharacterLimitsMixin:
    """Mixed in before forms.Form / forms.ModelForm (and before other mixins, so that it
    sees their fields too). A form that adds fields after __init__ calls tell_limits()
    again."""

    bound_field_class = CountedBoundField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tell_limits()

    def tell_limits(self):
        for field in self.fields.values():
            tell_limit(field)

"""The one rule for invisible characters in what the public types: removed, and each field
that had any says so."""

import unicodedata

from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

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

"""A small model field for a set of fixed choices, stored as comma-separated keys.

Used for `JobPosting.insurance` and `SuccessionStoryPage.handover_items`: a few fixed keys,
filterable with a LIKE, readable in revisions (a list in JSON), and portable between SQLite
and PostgreSQL.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class MultipleChoiceField(models.CharField):
    def __init__(self, *args, choices=(), **kwargs):
        self.multiple_choices = list(choices)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.multiple_choices
        if kwargs.get("max_length") == 200:
            del kwargs["max_length"]
        kwargs.pop("blank", None)
        kwargs.pop("default", None)
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [key for key in value.split(",") if key]
        return list(value)

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {key for key, _label in self.multiple_choices}
        unknown = [key for key in self.to_python(value) if key not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown choice: %(keys)s"), params={"keys": ", ".join(unknown)}
            )
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.multiple_choices,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        defaults.pop("max_length", None)
        return form_class(**defaults)

    def labels(self, value):
        names = dict(self.multiple_choices)
        return [names.get(key, key) for key in self.to_python(value)]

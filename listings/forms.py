"""The public posting form (入力 → 確認 → 完了) and the employer's edit form.

HTML field names are the model's field names. Numbers and phone numbers accept full-width
digits and hyphens (NFKC); text is kept as typed and only ever shown escaped. Invisible
characters (control and format characters: NUL, the right-to-left override, zero-width
spaces) follow the rule of every public form (home.public_forms.cleaning): removed, and the
field says so. A text that is too long is refused with the limit and its count, never cut
(home.public_forms.character_limits); a wage below Toyama's minimum wage is refused with the
figure (listings.minimum_wage). The public forms (SubmissionForm, LostLinkForm) carry every
guard of home.public_forms.base.PublicForm.
"""

import datetime
import unicodedata

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from home.public_forms.base import PublicForm
from home.public_forms.character_limits import CharacterLimitsMixin
from home.public_forms.cleaning import ControlCharactersMixin
from home.public_forms.fields import HttpUrlField, PhoneField, YenField
from listings.minimum_wage import MinimumWage, below_minimum, unchecked_note
from listings.models.postings import JobPosting
from listings.models.taxonomies import Area, EmploymentType, JobCategory, WelcomeTag

MAX_DAYS_AHEAD = 90


def slug_choice(model, label):
    return forms.ModelChoiceField(
        model.objects.all(), to_field_name="slug", label=label, empty_label=_("Choose")
    )


# The form's fields in the order people fill them in, under headings.
SECTIONS = [
    (
        _("The job"),
        [
            "title",
            "employer_name",
            "category",
            "employment_type",
            "description",
            "duties",
            "requirements",
        ],
    ),
    (
        _("Pay and conditions"),
        [
            "wage_min",
            "wage_max",
            "wage_unit",
            "wage_note",
            "fixed_overtime",
            "working_hours",
            "holidays",
            "annual_holidays",
            "trial_period",
            "insurance",
            "smoking_measures",
        ],
    ),
    (_("Place"), ["area", "address", "access", "welcome_tags"]),
    (
        _("How to apply"),
        [
            "apply_email",
            "apply_phone",
            "apply_url",
            "apply_note",
            "contact_person",
            "valid_through",
        ],
    ),
]


class JobPostingForm(ControlCharactersMixin, CharacterLimitsMixin, forms.ModelForm):
    """What an employer fills in, at first and when editing later."""

    category = slug_choice(JobCategory, _("Job category"))
    employment_type = slug_choice(EmploymentType, _("Employment type"))
    area = slug_choice(Area, _("Area"))
    welcome_tags = forms.ModelMultipleChoiceField(
        WelcomeTag.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Welcome"),
        widget=forms.CheckboxSelectMultiple,
    )
    wage_min = YenField(
        label=_("Minimum wage (yen)"), required=False, min_value=0, max_value=100_000_000
    )
    wage_max = YenField(
        label=_("Maximum wage (yen)"), required=False, min_value=0, max_value=100_000_000
    )
    annual_holidays = YenField(
        label=_("Annual holidays (days)"), required=False, min_value=0, max_value=366
    )
    apply_phone = PhoneField(label=_("Application phone"), required=False, max_length=20)
    apply_url = HttpUrlField(label=_("Application URL"), required=False, max_length=200)
    valid_through = forms.DateField(
        label=_("Application deadline"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Up to 90 days from today. The posting leaves the site after this day."),
    )

    class Meta:
        model = JobPosting
        fields = [name for _heading, names in SECTIONS for name in names]

    def get_initial_for_field(self, field, field_name):
        # A ModelForm's initial value for a foreign key is its pk, but these selects are
        # keyed by slug: without this the edit form shows category, employment type and
        # area unselected, and the employer's save fails with three "required" errors.
        value = super().get_initial_for_field(field, field_name)
        if getattr(field, "to_field_name", None) == "slug" and isinstance(value, int):
            related = getattr(self.instance, field_name, None)
            return related.slug if related is not None else value
        return value

    def sections(self):
        """(heading, bound fields) in the order people fill them in."""
        groups = [(title, [self[name] for name in names]) for title, names in SECTIONS]
        listed = {name for _title, names in SECTIONS for name in names}
        rest = [self[name] for name in self.fields if name not in listed]
        return groups + ([(_("Who is posting"), rest)] if rest else [])

    def clean(self):
        cleaned = super().clean()
        self.check_minimum_wage(cleaned)
        return cleaned

    def wage_to_check(self, cleaned):
        """(field name, amount): the lowest wage offered; the highest when only that is
        given, since a range wholly below the minimum is below it too."""
        if "wage_min" in self.errors:
            return None, None  # the field already says what is wrong with it
        for name in ("wage_min", "wage_max"):
            if cleaned.get(name) is not None and name not in self.errors:
                return name, cleaned[name]
        return None, None

    def check_minimum_wage(self, cleaned):
        name, wage = self.wage_to_check(cleaned)
        if name is None or "wage_unit" in self.errors:
            return
        self.minimum_wage = MinimumWage.current()
        message = below_minimum(
            self.minimum_wage,
            wage,
            cleaned.get("wage_unit"),
            cleaned.get("working_hours", ""),
            cleaned.get("annual_holidays"),
        )
        if message:
            self.add_error(name, message)

    def minimum_wage_note(self):
        """For the confirmation step: the wage could not be compared (hours unknown)."""
        name, wage = self.wage_to_check(self.cleaned_data)
        if name is None:
            return None
        return unchecked_note(
            getattr(self, "minimum_wage", None),
            wage,
            self.cleaned_data.get("wage_unit"),
            self.cleaned_data.get("working_hours", ""),
            self.cleaned_data.get("annual_holidays"),
        )

    def clean_valid_through(self):
        day = self.cleaned_data["valid_through"]
        today = timezone.localdate()
        if day <= today:
            raise forms.ValidationError(_("Choose a deadline after today."))
        if day > today + datetime.timedelta(days=MAX_DAYS_AHEAD):
            raise forms.ValidationError(
                _("The deadline can be at most %(days)s days from today."),
                params={"days": MAX_DAYS_AHEAD},
            )
        return day

    def summary(self):
        """(label, value) pairs of what was entered, for the confirmation step."""
        rows = []
        for name in self.Meta.fields:
            field = self.fields[name]
            value = self.cleaned_data.get(name)
            if value in (None, "", []) or (hasattr(value, "exists") and not value.exists()):
                continue
            if name == "insurance":
                labels = JobPosting._meta.get_field("insurance").labels(value)
                value = "・".join(str(label) for label in labels)
            elif name == "welcome_tags":
                value = "・".join(tag.name for tag in value)
            elif name == "wage_unit":
                value = dict(field.choices).get(value, value)
            elif isinstance(value, datetime.date):
                value = date_format(value)  # the locale's DATE_FORMAT: 2027年1月31日
            elif isinstance(value, int):
                value = f"{value:,}"
            rows.append((field.label, value))
        return rows


# Text areas may keep line breaks and tabs; in a one-line field they are hidden characters.
JobPostingForm.multiline_fields = frozenset(
    name
    for name, field in JobPostingForm.base_fields.items()
    if isinstance(field.widget, forms.Textarea)
)


class SubmissionForm(PublicForm, JobPostingForm):
    """The first submission: also who submits, and agreement to the posting rules."""

    rate_limit_name = "submit"
    email_field = "submitter_email"

    submitter_email = forms.EmailField(
        label=_("Your e-mail"),
        help_text=_("We send the private management link here. It is never shown on the site."),
    )
    agree_terms = forms.BooleanField(
        label=_("I agree to the posting rules"),
        error_messages={"required": _("Please read and agree to the posting rules.")},
    )

    class Meta(JobPostingForm.Meta):
        fields = [*JobPostingForm.Meta.fields, "submitter_email"]

    def clean_submitter_email(self):
        return unicodedata.normalize("NFKC", self.cleaned_data["submitter_email"]).lower()


class RenewForm(forms.Form):
    valid_through = forms.DateField(
        label=_("New deadline"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Up to 90 days from today."),
    )

    clean_valid_through = JobPostingForm.clean_valid_through


class LostLinkForm(PublicForm, forms.Form):
    rate_limit_name = "lost-link"

    email = forms.EmailField(label=_("The e-mail you posted with"), max_length=254)

    def clean_email(self):
        return unicodedata.normalize("NFKC", self.cleaned_data["email"]).lower()

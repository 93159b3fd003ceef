"""The portal's filters: a plain GET form, so a filtered list is a URL to share and works
without JavaScript. Bad values are dropped with a message, never a server error."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.japanese.text import clean_query_text
from home.public_forms.fields import YenField
from listings.models.postings import JobPosting
from listings.models.taxonomies import Area, EmploymentType, JobCategory, WelcomeTag
from listings.taxonomy_cache import taxonomy_choices
from listings.wages import WageUnit, monthly_equivalent
from search.query import matching_pks

MAX_WAGE = 100_000_000


def choices_of(model, empty=True):
    """Callable choices, read from the cache each time a form is made."""

    def choices():
        any_choice = [("", _("any"))] if empty else []
        return any_choice + taxonomy_choices(model)

    return choices


class PostingFilterForm(forms.Form):
    SORTS = {
        "new": ("-first_published_at", "-pk"),
        "deadline": ("valid_through", "-pk"),
        "wage": ("-wage_rank", "-pk"),
    }

    q = forms.CharField(label=_("Keyword"), required=False, max_length=400)
    category = forms.ChoiceField(
        label=_("Job category"), required=False, choices=choices_of(JobCategory)
    )
    employment_type = forms.ChoiceField(
        label=_("Employment type"), required=False, choices=choices_of(EmploymentType)
    )
    area = forms.ChoiceField(label=_("Area"), required=False, choices=choices_of(Area))
    wage_unit = forms.ChoiceField(
        label=_("Pay per"), required=False, choices=[("", _("any"))] + WageUnit.choices
    )
    wage = YenField(label=_("At least (yen)"), required=False, min_value=0, max_value=MAX_WAGE)
    tags = forms.MultipleChoiceField(
        label=_("Welcome"),
        required=False,
        choices=choices_of(WelcomeTag, empty=False),
        widget=forms.CheckboxSelectMultiple,
    )
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[
            ("new", _("Newest")),
            ("deadline", _("Deadline soonest")),
            ("wage", _("Highest pay")),
        ],
    )

    def clean_q(self):
        return clean_query_text(self.cleaned_data.get("q"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("wage") and not cleaned.get("wage_unit"):
            self.add_error(
                "wage_unit", _("Choose whether the amount is per hour, day, month or year.")
            )
            cleaned.pop("wage", None)
        return cleaned

    def filter(self, postings):
        """Apply what was valid; an invalid field is ignored (its error is shown)."""
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        if data.get("q"):
            # Japanese words, the same analysis as the site search (home.japanese.analysis).
            postings = postings.filter(pk__in=matching_pks(JobPosting.objects.all(), data["q"]))
        for name in ("category", "employment_type", "area"):
            if data.get(name):
                postings = postings.filter(**{f"{name}__slug": data[name]})
        for tag in data.get("tags") or []:
            postings = postings.filter(welcome_tags__slug=tag)
        if data.get("wage_unit"):
            postings = postings.filter(wage_unit=data["wage_unit"])
        if data.get("wage"):
            # The posting can pay at least this much: its top of range, or its only figure.
            wage = data["wage"]
            postings = postings.filter(
                Q(wage_max__gte=wage) | Q(wage_max__isnull=True, wage_min__gte=wage)
            )
        sort = data.get("sort") or "new"
        if sort == "wage":
            postings = postings.annotate(wage_rank=monthly_equivalent())
        return postings.order_by(*self.SORTS[sort])

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields if name != "sort")

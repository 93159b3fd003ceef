"""Blocks for recruiting features: the structured summary of each job on offer."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import ArticleStreamBlock
from listings.taxonomy_cache import taxonomy_choices, taxonomy_row
from listings.wages import WageUnit, format_wage


def employment_type_choices():
    from listings.models import EmploymentType

    return taxonomy_choices(EmploymentType)


class JobSummaryValue(blocks.StructValue):
    def wage_display(self):
        return format_wage(self.get("wage_min"), self.get("wage_max"), self.get("wage_unit"))

    def employment_type_object(self):
        from listings.models import EmploymentType

        return taxonomy_row(EmploymentType, self.get("employment_type"))


class JobSummaryBlock(blocks.StructBlock):
    """職種, 雇用形態, 給与, 勤務地, 勤務時間, 休日, 応募方法, 募集期限."""

    title = blocks.CharBlock(label=_("job title"), max_length=80)
    employment_type = blocks.ChoiceBlock(
        label=_("employment type"), choices=employment_type_choices
    )
    wage_min = blocks.IntegerBlock(label=_("minimum wage (yen)"), required=False, min_value=0)
    wage_max = blocks.IntegerBlock(label=_("maximum wage (yen)"), required=False, min_value=0)
    wage_unit = blocks.ChoiceBlock(
        label=_("wage unit"), choices=WageUnit.choices, default=WageUnit.MONTH
    )
    location = blocks.CharBlock(label=_("workplace"), max_length=200)
    working_hours = blocks.CharBlock(label=_("working hours"), max_length=200)
    holidays = blocks.CharBlock(label=_("holidays"), max_length=200)
    how_to_apply = blocks.TextBlock(label=_("how to apply"), max_length=600)
    valid_through = blocks.DateBlock(label=_("application deadline"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Job summary")
        template = "listings/blocks/job_summary_block.html"
        value_class = JobSummaryValue
        description = _("The facts of one job on offer: pay, hours, place, how to apply.")
        preview_value = {
            "title": "定置網漁の乗組員",
            "wage_min": 230000,
            "wage_max": 300000,
            "wage_unit": "month",
            "location": "氷見市阿尾（氷見漁港）",
            "working_hours": "4:00〜11:00（漁の状況により変動）",
            "holidays": "日曜・荒天時、年間休日100日",
            "how_to_apply": "電話でご連絡ください。見学も歓迎します。",
        }

    def clean(self, value):
        value = super().clean(value)
        low, high = value.get("wage_min"), value.get("wage_max")
        if low is not None and high is not None and low > high:
            message = _("The maximum wage must not be below the minimum.")
            raise StructBlockValidationError(
                block_errors={"wage_max": ErrorList([ValidationError(message)])}
            )
        return value


class FeatureStreamBlock(ArticleStreamBlock):
    """A feature's body: the shared article blocks, plus job summaries in the text."""

    job_summary = JobSummaryBlock()

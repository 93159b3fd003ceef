"""Wage units and how they compare (postings and feature job summaries share them)."""

from django.db import models
from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _


class WageUnit(models.TextChoices):
    HOUR = "hour", _("hourly")
    DAY = "day", _("daily")
    MONTH = "month", _("monthly")
    YEAR = "year", _("yearly")


# schema.org QuantitativeValue.unitText for each unit.
SCHEMA_UNIT = {
    WageUnit.HOUR: "HOUR",
    WageUnit.DAY: "DAY",
    WageUnit.MONTH: "MONTH",
    WageUnit.YEAR: "YEAR",
}

# To sort different units on one scale: roughly what a month of full-time work pays
# (8 hours a day, 21 days a month). Only for ordering; never shown.
MONTHLY_FACTOR = {
    WageUnit.HOUR: 168,
    WageUnit.DAY: 21,
    WageUnit.MONTH: 1,
}


def monthly_equivalent(amount_field="wage_max", fallback_field="wage_min"):
    """An expression: the best wage of a row on the monthly scale."""
    amount = Coalesce(F(amount_field), F(fallback_field))
    return Case(
        *[
            When(wage_unit=unit, then=amount * Value(factor))
            for unit, factor in MONTHLY_FACTOR.items()
        ],
        When(wage_unit=WageUnit.YEAR, then=amount / Value(12)),
        default=amount,
        output_field=IntegerField(),
    )


def format_wage(wage_min, wage_max, unit):
    """「月給 220,000円〜280,000円」, 「時給 1,000円〜」 or ""."""
    if wage_min is None and wage_max is None:
        return ""
    label = WageUnit(unit).label if unit else ""
    low = f"{wage_min:,}円" if wage_min is not None else ""
    high = f"{wage_max:,}円" if wage_max is not None else ""
    if low and high and wage_min != wage_max:
        amount = f"{low}〜{high}"
    elif low:
        amount = f"{low}〜" if not high else low
    else:
        amount = f"〜{high}"
    return f"{label} {amount}".strip()

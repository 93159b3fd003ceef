"""Wage units and how they compare (postings and feature job summaries share them), and
what a day's or a month's pay comes to by the hour (for the minimum wage check)."""

import re
import unicodedata
from fractions import Fraction

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


# 「8:00〜17:00」, 「8時〜17時30分」, 「22:00〜翌5:00」 (after NFKC: full-width digits, colons
# and tildes become ASCII ones).
_TIME = r"(?P<{0}h>\d{{1,2}})(?::(?P<{0}m>\d{{2}})|時(?:(?P<{0}m2>\d{{1,2}})分)?)"
TIME_RANGE = re.compile(
    _TIME.format("start") + r"\s*[〜~\-–—ー]\s*(?P<next>翌)?\s*" + _TIME.format("end")
)
# 「休憩60分」, 「休憩1時間」, 「休憩1時間30分」, 「休憩：45分」
BREAK = re.compile(r"休憩[\s:]*(?:(?P<h>\d+(?:\.\d+)?)時間)?(?:(?P<m>\d+)分)?")
# 「実働7時間」, 「実働7時間30分」, 「実働7.5時間」
ACTUAL = re.compile(r"実働[\s:]*(?P<h>\d+(?:\.\d+)?)時間(?:(?P<m>\d+)分)?")
DURATION = re.compile(r"\d+(?:\.\d+)?時間")


def _minutes(hours, minutes):
    return round(float(hours or 0) * 60) + int(minutes or 0)


def daily_working_minutes(working_hours):
    """Minutes of work a day as the posting states them, or None when that cannot be told
    for certain: no time range, several (shifts), a break without its length, or another
    duration beside the range (「9:00〜15:00の間で4時間から」). A range without a break is
    taken as stated: the employer sees the hours used and can add the break."""
    text = unicodedata.normalize("NFKC", working_hours or "")
    actual = ACTUAL.findall(text)
    if len(actual) == 1:
        minutes = _minutes(*actual[0])
        return minutes if 0 < minutes <= 24 * 60 else None
    ranges = list(TIME_RANGE.finditer(text))
    if len(ranges) != 1 or actual:
        return None
    found = ranges[0]
    start = int(found["starth"]) * 60 + int(found["startm"] or found["startm2"] or 0)
    end = int(found["endh"]) * 60 + int(found["endm"] or found["endm2"] or 0)
    if found["next"] or end <= start:
        end += 24 * 60  # into the next day
    rest = text[: found.start()] + " " + text[found.end() :]
    breaks = [b for b in BREAK.finditer(rest) if b["h"] or b["m"]]
    if len(breaks) > 1 or ("休憩" in rest and not breaks):
        return None
    break_minutes = _minutes(breaks[0]["h"], breaks[0]["m"]) if breaks else 0
    if breaks:
        rest = rest[: breaks[0].start()] + rest[breaks[0].end() :]
    if DURATION.search(rest):
        return None
    minutes = end - start - break_minutes
    return minutes if 0 < minutes <= 24 * 60 else None


def hourly_equivalent(wage, unit, working_hours="", annual_holidays=None):
    """(yen an hour as a Fraction, hours used or None) for a wage in its unit, or None where
    the hours cannot be worked out. Hourly wages need none; a day's wage is divided by the
    day's hours; a month's by the average month of (365 − annual holidays) working days.
    Yearly pay is not converted: it usually includes bonuses, which the minimum wage
    leaves out."""
    if wage is None:
        return None
    if unit == WageUnit.HOUR:
        return Fraction(wage), None
    minutes = daily_working_minutes(working_hours)
    if minutes is None:
        return None
    if unit == WageUnit.DAY:
        hours = Fraction(minutes, 60)
    elif unit == WageUnit.MONTH and annual_holidays is not None and annual_holidays < 365:
        hours = Fraction((365 - annual_holidays) * minutes, 60 * 12)
    else:
        return None
    return Fraction(wage) / hours, hours

"""Toyama's minimum wage against a posting's wage, for the public form and the employer's
edit form.

The figure, its date and the link to the rule live in the site settings (editors update
them each October). A wage is refused only when it is certainly below: hourly wages compare
directly, daily and monthly ones once the stated hours allow a conversion (listings.wages);
where they do not, the form lets it through and the confirmation step says that it was not
checked.
"""

import math
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.models import Site

from listings.wages import WageUnit, hourly_equivalent


@dataclass(frozen=True)
class MinimumWage:
    hourly: int
    since: object  # a date, or None when the editors left it out
    url: str

    @classmethod
    def current(cls):
        """The default site's figure, or None when none is set (then nothing is checked)."""
        from home.models import SiteSettings

        site = Site.objects.filter(is_default_site=True).first()
        settings = SiteSettings.objects.filter(site=site).first() if site else None
        if settings is None or not settings.minimum_wage_hourly:
            return None
        return cls(
            settings.minimum_wage_hourly,
            settings.minimum_wage_since,
            settings.minimum_wage_url,
        )

    def figure(self):
        """「時給1,062円、2025年10月12日から」"""
        if self.since:
            return _("%(yen)s yen an hour, from %(date)s") % {
                "yen": f"{self.hourly:,}",
                "date": date_format(self.since, "DATE_FORMAT"),
            }
        return _("%(yen)s yen an hour") % {"yen": f"{self.hourly:,}"}


def format_hours(hours):
    """8, 7.5, 154.6: at most one decimal, none when whole."""
    text = f"{float(hours):.1f}"
    return text.removesuffix(".0")


def below_minimum(minimum, wage, unit, working_hours="", annual_holidays=None):
    """The message (with its link) when the wage is certainly below the minimum, else None."""
    if minimum is None or wage is None:
        return None
    converted = hourly_equivalent(wage, unit, working_hours, annual_holidays)
    if converted is None:
        return None
    per_hour, hours = converted
    if per_hour >= minimum.hourly:
        return None
    values = {
        "wage": f"{wage:,}",
        "hourly": f"{math.floor(per_hour):,}",  # floored: never shown at or above the figure
        "hours": format_hours(hours) if hours else "",
        "minimum": minimum.figure(),
    }
    if unit == WageUnit.HOUR:
        text = _(
            "An hourly wage of %(wage)s yen is below Toyama's minimum wage (%(minimum)s). "
            "Postings below the minimum wage cannot be listed."
        )
    elif unit == WageUnit.DAY:
        text = _(
            "At %(hours)s hours of work a day (from the working hours), this is about "
            "%(hourly)s yen an hour. Postings below Toyama's minimum wage (%(minimum)s) "
            "cannot be listed."
        )
    else:
        text = _(
            "At %(hours)s hours of work a month on average (from the working hours and the "
            "annual holidays), this is about %(hourly)s yen an hour. Postings below Toyama's "
            "minimum wage (%(minimum)s) cannot be listed."
        )
    return format_html(
        '{} <a href="{}">{}</a>', text % values, minimum.url, _("About the minimum wage")
    )


def unchecked_note(minimum, wage, unit, working_hours="", annual_holidays=None):
    """For the confirmation step: a wage by the day or month whose hours could not be told
    was not compared; say so gently, with the figure, rather than refuse it."""
    if minimum is None or wage is None or unit not in (WageUnit.DAY, WageUnit.MONTH):
        return None
    if hourly_equivalent(wage, unit, working_hours, annual_holidays) is not None:
        return None
    if unit == WageUnit.MONTH and annual_holidays is None:
        text = _(
            "We could not compare the monthly wage with Toyama's minimum wage (%(minimum)s): "
            "that needs the daily working hours (e.g. 8:00〜17:00 (休憩60分)) and the annual "
            "holidays. Please make sure it is not below it."
        )
    else:
        text = _(
            "We could not compare the wage with Toyama's minimum wage (%(minimum)s): the "
            "daily working hours could not be read (e.g. 8:00〜17:00 (休憩60分)). Please "
            "make sure it is not below it."
        )
    return text % {"minimum": minimum.figure()}

"""How dates and short facts read on cards: written once, for every list on the site."""

import datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format

register = template.Library()


def local_today():
    """Today in the site's time zone (a function of its own, so tests can fix the day)."""
    return timezone.localdate()


def short_date(value, today=None):
    """1月31日 within this year, 2027年1月31日 in any other.

    A card has room for the month and day only, but 「1月31日」 in December reads as the
    coming January to some and the past one to others: the year is written whenever it is
    not this year's (in the site's time zone).
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    today = today or local_today()
    return date_format(value, "MONTH_DAY_FORMAT" if value.year == today.year else "DATE_FORMAT")


@register.filter(name="short_date")
def short_date_filter(value):
    return short_date(value)


@register.simple_tag
def meta_items(*items):
    """The non-empty items, in order: {% meta_items a b c as meta %} for components/meta_list.

    Cards list short facts (category, employment type, area, date, author) side by side.
    Many of those labels hold 「・」 themselves (福祉・介護の職業, パート・アルバイト), so the
    items are never joined with it: meta_list.html draws a separator between them.
    """
    return [str(item) for item in items if item not in (None, "")]

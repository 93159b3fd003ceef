"""Charts of the transparency page, drawn as inline SVG on the server (home.commons.charts)."""

import datetime

from django import template
from django.template.loader import render_to_string

from home.commons import charts

register = template.Library()

LAYOUTS = {
    "monthly": charts.monthly_chart,
    "distribution": charts.distribution_chart,
    "tiles": lambda figure: {"figure": figure},
}


@register.simple_tag(takes_context=True)
def chart(context, figure):
    """A figure as its chart, with a table of every number beside it."""
    layout = LAYOUTS[figure.kind](figure)
    return render_to_string(
        f"components/chart_{figure.kind}.html", layout, request=context.get("request")
    )


@register.filter
def tile_value(value):
    """A tile's number: a duration in words, a count as it is."""
    if value is None or isinstance(value, datetime.timedelta):
        return charts.duration_text(value)
    return value

"""Small charts drawn on the server as SVG geometry (no JavaScript, no inline styles).

Each function turns a figure of home.commons.transparency into numbers for a template in
templates/components/chart_*.html. The viewBox is 320 units wide, a phone's width; CSS
scales the drawing to the column. Coordinates are strings, so templates never localise
them (a decimal comma would break the SVG).
"""

import datetime
import math
from dataclasses import dataclass

from django.utils.translation import gettext

WIDTH = 320

# Monthly small multiples: bars with their value above, month numbers and years below.
MONTHLY_TOP = 14
MONTHLY_PLOT = 72
MONTHLY_SIDE = 4
MONTHLY_BAR = 0.64  # of a month's slot

# Distributions: a label line, then the bar with its count (and share) after it.
ROW = 36
ROW_BAR = 12
COUNT_ROOM = 90  # room right of the longest bar for 「123（45.6%）」


def num(value):
    """An SVG coordinate: at most one decimal, a point as separator, no trailing zero."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def nice_max(value):
    """The top of a scale: the smallest of 1, 2, 4, 5, 6, 8 × 10^n that is at least
    `value` (and at least 1, so an empty chart still has a scale)."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return next(step * magnitude for step in (1, 2, 4, 5, 6, 8, 10) if step * magnitude >= value)


@dataclass(frozen=True)
class Rect:
    x: str
    y: str
    width: str
    height: str


@dataclass(frozen=True)
class MonthBar:
    month: datetime.date
    value: int
    rect: Rect
    value_x: str
    value_y: str


@dataclass(frozen=True)
class MonthTick:
    x: str
    text: str
    year_x: str
    year: str  # shown at the first month and at each January


def monthly_chart(figure):
    """One small chart per series on a shared scale, so the series compare by eye."""
    months = figure.months
    scale = nice_max(max((max(s.values, default=0) for s in figure.series), default=0))
    slot = (WIDTH - 2 * MONTHLY_SIDE) / max(len(months), 1)
    bar_width = slot * MONTHLY_BAR
    baseline = MONTHLY_TOP + MONTHLY_PLOT
    ticks = []
    for index, month in enumerate(months):
        left = MONTHLY_SIDE + index * slot
        show_year = index == 0 or month.month == 1
        ticks.append(
            MonthTick(
                x=num(left + slot / 2),
                text=str(month.month),
                year_x=num(left + (slot - bar_width) / 2),
                year=str(month.year) if show_year else "",
            )
        )
    charts = []
    for series in figure.series:
        bars = []
        for index, value in enumerate(series.values):
            left = MONTHLY_SIDE + index * slot + (slot - bar_width) / 2
            height = value / scale * MONTHLY_PLOT
            if value:
                height = max(height, 1.5)
            bars.append(
                MonthBar(
                    month=months[index],
                    value=value,
                    rect=Rect(num(left), num(baseline - height), num(bar_width), num(height)),
                    value_x=num(left + bar_width / 2),
                    value_y=num(baseline - height - 3),
                )
            )
        charts.append({"series": series, "bars": bars})
    return {
        "figure": figure,
        "charts": charts,
        "ticks": ticks,
        "width": WIDTH,
        "height": baseline + 30,
        "baseline": num(baseline),
        "axis_end": num(WIDTH - MONTHLY_SIDE),
        "tick_y": num(baseline + 13),
        "year_y": num(baseline + 26),
        "scale": scale,
    }


@dataclass(frozen=True)
class DistributionRow:
    label: str
    count: int
    share: float
    label_y: str
    rect: Rect
    count_x: str
    count_y: str


def distribution_chart(figure):
    """Horizontal bars, one row each, the longest bar for the largest count."""
    largest = max((bar.count for bar in figure.bars), default=0)
    room = WIDTH - COUNT_ROOM
    rows = []
    for index, bar in enumerate(figure.bars):
        top = index * ROW
        width = bar.count / largest * room if largest else 0
        if bar.count:
            width = max(width, 1.5)
        bar_y = top + 18
        rows.append(
            DistributionRow(
                label=bar.label,
                count=bar.count,
                share=figure.share(bar),
                label_y=num(top + 13),
                rect=Rect("0", num(bar_y), num(width), num(ROW_BAR)),
                count_x=num(width + 5),
                count_y=num(bar_y + ROW_BAR - 1),
            )
        )
    return {
        "figure": figure,
        "rows": rows,
        "width": WIDTH,
        "height": max(len(rows), 1) * ROW,
        "total": figure.total,
    }


def duration_text(value):
    """A duration as people say it: minutes under an hour, hours under two days, then
    days, with one decimal."""
    if value is None:
        return "—"
    hours = value / datetime.timedelta(hours=1)
    if hours < 1:
        return gettext("%(minutes)s min") % {"minutes": round(hours * 60)}
    if hours < 48:
        return gettext("%(hours)s hours") % {"hours": f"{hours:.1f}"}
    return gettext("%(days)s days") % {"days": f"{hours / 24:.1f}"}

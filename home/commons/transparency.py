"""The transparency page's figures: computed from the data, never typed in.

`home` defines what a figure is (a monthly bar chart, a distribution, number tiles), the
months they cover and the cache. Each section app adds its own figures through a Wagtail
hook, so `home` imports none of them (DESIGN.md, dependency direction):

    # listings/wagtail_hooks.py
    hooks.register(FIGURES_HOOK, transparency.figures, order=10)

A hook function takes the `Period` and returns a list of figures. Counting goes through
`Period.monthly_counts`: one aggregate query per series, whatever the number of months.
"""

import datetime
import math
import statistics
from dataclasses import dataclass
from typing import ClassVar

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

FIGURES_HOOK = "register_transparency_figures"
CACHE_SECONDS = 10 * 60
CACHE_VERSION = 1  # bump when the figure classes change, so old pickles are not read


@dataclass(frozen=True)
class Period:
    """Calendar months in the site's time zone (Asia/Tokyo), oldest first, the current
    month included; counting runs from the first month's start up to `now`."""

    now: datetime.datetime
    months: tuple[datetime.date, ...]
    tz: datetime.tzinfo

    @classmethod
    def ending(cls, now, count):
        tz = timezone.get_default_timezone()
        local = timezone.localtime(now, tz)
        current = local.year * 12 + local.month - 1
        count = max(count, 1)
        months = tuple(
            datetime.date(index // 12, index % 12 + 1, 1)
            for index in range(current - count + 1, current + 1)
        )
        return cls(now=now, months=months, tz=tz)

    @property
    def start(self):
        first = self.months[0]
        return datetime.datetime(first.year, first.month, 1, tzinfo=self.tz)

    def within(self, field):
        """Filter arguments: `field` falls between the first month's start and now."""
        return {f"{field}__gte": self.start, f"{field}__lte": self.now}

    def index(self, value):
        """The month bucket of an aware datetime, or None outside the period."""
        local = timezone.localtime(value, self.tz)
        try:
            return self.months.index(datetime.date(local.year, local.month, 1))
        except ValueError:
            return None

    def monthly_counts(self, queryset, field, by=None):
        """Rows of `queryset` counted by the month of `field`, in one query. With `by`, a
        dict of such tuples, one per value of that field (missing values: all zeros)."""
        names = ["month", by] if by else ["month"]
        rows = (
            queryset.filter(**self.within(field))
            .annotate(month=TruncMonth(field, tzinfo=self.tz))
            .values(*names)
            .annotate(n=Count("pk"))
            .order_by()
        )
        counts = {}
        for row in rows:
            index = self.index(row["month"])
            if index is None:
                continue
            series = counts.setdefault(row[by] if by else None, [0] * len(self.months))
            series[index] += row["n"]
        if by is None:
            return tuple(counts.get(None, [0] * len(self.months)))
        return {key: tuple(values) for key, values in counts.items()}

    def zeros(self):
        return (0,) * len(self.months)


# The figure vocabulary. Labels are lazy translations or data (names), so a cached
# snapshot renders in the reader's language.


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: tuple[int, ...]
    tone: str = "sea"  # a colour class in site.css: sea, green, accent, gray, gold

    @property
    def total(self):
        return sum(self.values)


@dataclass(frozen=True)
class MonthlyFigure:
    """Counts per month: one small bar chart per series, on a shared scale."""

    key: str
    title: str
    description: str
    months: tuple[datetime.date, ...]
    series: tuple[Series, ...]
    kind: ClassVar[str] = "monthly"

    def rows(self):
        """(month, counts of each series) for the table."""
        return [
            (month, [series.values[index] for series in self.series])
            for index, month in enumerate(self.months)
        ]

    def get(self, key):
        return next(series for series in self.series if series.key == key)


@dataclass(frozen=True)
class Bar:
    label: str
    count: int


@dataclass(frozen=True)
class DistributionFigure:
    """How a total splits over labels: a horizontal bar chart."""

    key: str
    title: str
    description: str
    bars: tuple[Bar, ...]
    tone: str = "sea"
    kind: ClassVar[str] = "distribution"

    @property
    def total(self):
        return sum(bar.count for bar in self.bars)

    def share(self, bar):
        """The bar's share of the total in percent, one decimal."""
        return round(100 * bar.count / self.total, 1) if self.total else 0.0


@dataclass(frozen=True)
class Tile:
    key: str
    label: str
    value: datetime.timedelta | int | None  # None: nothing to measure yet


@dataclass(frozen=True)
class TilesFigure:
    """A few numbers shown large, such as the median and 90th percentile of a duration."""

    key: str
    title: str
    description: str
    tiles: tuple[Tile, ...]
    kind: ClassVar[str] = "tiles"

    def get(self, key):
        return next(tile for tile in self.tiles if tile.key == key).value


@dataclass(frozen=True)
class Snapshot:
    computed_at: datetime.datetime
    months: tuple[datetime.date, ...]
    figures: tuple

    def figure(self, key):
        return next(figure for figure in self.figures if figure.key == key)

    @property
    def local_computed_at(self):
        return timezone.localtime(self.computed_at, timezone.get_default_timezone())

    @property
    def iso_computed_at(self):
        return self.local_computed_at.replace(microsecond=0).isoformat()

    def computed_label(self):
        # The locale's named format (site_config/formats/): 2026年11月27日 9:05 in Japanese.
        return date_format(self.local_computed_at, "DATETIME_FORMAT")


# Statistics over durations


def median(values):
    return statistics.median(values) if values else None


def percentile(values, share):
    """The nearest-rank percentile: the smallest value with at least `share` (0–1) of the
    values at or below it. For 10 values the 90th percentile is the 9th smallest."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)), 1) - 1]


# home's own figures


def correction_figures(period):
    # Imported here: home.models imports this module for the page.
    from home.commons.models.corrections import CLOSED_CORRECTION_STATUSES, CorrectionRequest

    requests = CorrectionRequest.objects.all()
    received = period.monthly_counts(requests, "created_at")
    closed = requests.filter(status__in=CLOSED_CORRECTION_STATUSES)
    resolved = period.monthly_counts(closed, "status_changed_at")
    return [
        MonthlyFigure(
            key="corrections",
            title=_("Correction and removal requests"),
            description=_(
                "Received: requests sent through the correction form in the month. Dealt "
                "with: requests now closed (corrected, or no action needed), counted in the "
                "month of their last status change."
            ),
            months=period.months,
            series=(
                Series("received", _("Requests received"), received, "sea"),
                Series("resolved", _("Requests dealt with"), resolved, "green"),
            ),
        )
    ]


# Computing and caching


def cache_key(months):
    return f"transparency:v{CACHE_VERSION}:months={months}"


def compute_snapshot(months, now=None):
    """Every figure, from the hooks of the section apps, then home's own."""
    now = now or timezone.now()
    period = Period.ending(now, months)
    figures = []
    for figures_for in hooks.get_hooks(FIGURES_HOOK):
        figures.extend(figures_for(period))
    figures.extend(correction_figures(period))
    return Snapshot(computed_at=now, months=period.months, figures=tuple(figures))


def get_snapshot(months, now=None):
    """The figures as computed at most CACHE_SECONDS ago."""
    key = cache_key(months)
    snapshot = cache.get(key)
    if snapshot is None:
        snapshot = compute_snapshot(months, now)
        cache.set(key, snapshot, CACHE_SECONDS)
    return snapshot

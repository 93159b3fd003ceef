"""Server-drawn SVG charts: scales, geometry and the words for durations."""

import datetime

import pytest

from django.utils import translation

from home.commons import charts
from home.commons.transparency import Bar, DistributionFigure, MonthlyFigure, Series

MONTHS = (datetime.date(2025, 12, 1), *(datetime.date(2026, m, 1) for m in range(1, 12)))


@pytest.mark.parametrize(
    ("value", "top"),
    [(0, 1), (1, 1), (2, 2), (3, 4), (5, 5), (7, 8), (9, 10), (11, 20), (45, 50), (130, 200)],
)
def test_scale_tops_are_round_numbers(value, top):
    assert charts.nice_max(value) == top


def test_coordinates_are_plain_decimals():
    assert [charts.num(v) for v in (0, 12.0, 3.14159, 299.96)] == ["0", "12", "3.1", "300"]


def monthly_figure(*series):
    return MonthlyFigure("test", "Test", "", MONTHS, tuple(series))


def test_monthly_bars_share_one_scale_and_stand_on_the_baseline():
    values = (0,) * 10 + (5, 10)
    layout = charts.monthly_chart(
        monthly_figure(Series("a", "A", values), Series("b", "B", (1,) + (0,) * 11))
    )
    assert layout["scale"] == 10
    a_bars = layout["charts"][0]["bars"]
    heights = [float(bar.rect.height) for bar in a_bars]
    assert heights[:10] == [0] * 10
    assert heights[11] == charts.MONTHLY_PLOT == 2 * heights[10]
    for bar in a_bars:
        bottom = float(bar.rect.y) + float(bar.rect.height)
        assert bottom == pytest.approx(float(layout["baseline"]), abs=0.1)
    # A count of 1 out of 10 is still visible.
    assert float(layout["charts"][1]["bars"][0].rect.height) >= 1.5
    # Bars stay inside the 320-unit viewBox and do not overlap.
    lefts = [float(bar.rect.x) for bar in a_bars]
    width = float(a_bars[0].rect.width)
    assert lefts[0] >= 0 and lefts[-1] + width <= charts.WIDTH
    assert all(b - a > width for a, b in zip(lefts, lefts[1:], strict=False))


def test_month_ticks_name_the_year_at_the_start_and_in_january():
    ticks = charts.monthly_chart(monthly_figure(Series("a", "A", (0,) * 12)))["ticks"]
    assert [tick.text for tick in ticks] == ["12", *map(str, range(1, 12))]
    assert [tick.year for tick in ticks][:3] == ["2025", "2026", ""]
    assert [tick.year for tick in ticks if tick.year] == ["2025", "2026"]


def test_distribution_bars_are_proportional_with_their_share():
    figure = DistributionFigure("d", "D", "", (Bar("港", 6), Bar("町", 3), Bar("山", 1)))
    layout = charts.distribution_chart(figure)
    widths = [float(row.rect.width) for row in layout["rows"]]
    assert widths[0] == charts.WIDTH - charts.COUNT_ROOM
    assert widths[1] == pytest.approx(widths[0] / 2, abs=0.1)
    assert [row.share for row in layout["rows"]] == [60.0, 30.0, 10.0]
    assert layout["total"] == 10
    assert layout["height"] == 3 * charts.ROW


def test_an_empty_distribution_has_no_bars():
    layout = charts.distribution_chart(DistributionFigure("d", "D", "", ()))
    assert layout["rows"] == [] and layout["total"] == 0


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (None, "—"),
        (datetime.timedelta(minutes=25), "25 min"),
        (datetime.timedelta(hours=5, minutes=30), "5.5 hours"),
        (datetime.timedelta(hours=47, minutes=54), "47.9 hours"),
        (datetime.timedelta(days=3, hours=12), "3.5 days"),
    ],
)
def test_durations_in_words(duration, text):
    with translation.override("en"):
        assert charts.duration_text(duration) == text

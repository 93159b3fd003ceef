"""The columns' figure on the transparency page (see home.commons.transparency). Registered in
columns/wagtail_hooks.py."""

from django.utils.translation import gettext_lazy as _

from columns.models import ColumnPage
from home.commons.transparency import MonthlyFigure, Series


def figures(period):
    columns = ColumnPage.objects.live().public()
    return [
        MonthlyFigure(
            key="columns",
            title=_("Columns published"),
            description=_(
                "Columns of 「『働く』を考える。」 on the site now, by the month they were "
                "first published."
            ),
            months=period.months,
            series=(
                Series(
                    "columns",
                    _("Columns"),
                    period.monthly_counts(columns, "first_published_at"),
                    "accent",
                ),
            ),
        )
    ]

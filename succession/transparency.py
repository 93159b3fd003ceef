"""The succession stories' figure on the transparency page (see home.commons.transparency).
Registered in succession/wagtail_hooks.py."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from home.commons.transparency import Bar, DistributionFigure
from succession.models import Status, SuccessionStoryPage


def figures(period):
    rows = (
        SuccessionStoryPage.objects.live()
        .public()
        .values("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = {row["status"]: row["n"] for row in rows}
    return [
        DistributionFigure(
            key="succession_status",
            title=_("Succession stories by status"),
            description=_(
                "Stories of 「氷見で継なぐ。」 on the site now, by where the search for a "
                "successor stands."
            ),
            bars=tuple(Bar(label, counts.get(value, 0)) for value, label in Status.choices),
            tone="gold",
        )
    ]

"""What other pages (the home page) may show of the columns section."""

from django import template

from columns.models import ColumnPage

register = template.Library()


@register.inclusion_tag("columns/includes/latest_columns.html", takes_context=True)
def latest_columns(context, count=3):
    columns = (
        ColumnPage.objects.live()
        .public()
        .select_related("author", "listing_image", "listing_image__credit_person")
        .prefetch_related("listing_image__renditions")
        .order_by("-date", "-pk")[:count]
    )
    return {"columns": columns, "request": context.get("request")}

"""The one pagination helper every list page uses (STYLE.md 6)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(request, queryset, per_page, param="page"):
    """Return the requested page of `queryset`; a bad or too-large number gives a valid page."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get(param, 1)
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)

"""しごとマッチングポータル: browse, filter and read the free postings."""

from django.db import models
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models import BasePage
from home.pagination import paginate
from listings.feeds import PostingFeed
from listings.filters import PostingFilterForm
from listings.self_service import SelfServiceRoutes
from listings.structured_data import posting_json_ld

from .employers import Employer
from .postings import JobPosting

POSTINGS_PER_PAGE = 20
SIMILAR_COUNT = 5
MAX_ID = 2**31 - 1  # larger numbers cannot be a posting, and some databases reject them
OPEN_DATA_PAGE_SIZE = 500
OPEN_DATA_LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.ja)"


class PortalPage(SelfServiceRoutes, RoutablePageMixin, BasePage):
    intro = models.TextField(
        _("introduction"), max_length=600, blank=True, help_text=_("Shown above the postings.")
    )
    empty_text = models.TextField(
        _("text when nothing matches"),
        max_length=400,
        blank=True,
        help_text=_("Shown when the filters find no posting, with a link to clear them."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("empty_text")]

    analyzed_fields = [*BasePage.analyzed_fields, "intro"]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["listings.SubmissionFormPage"]
    max_count = 1

    class Meta:
        verbose_name = _("job portal page")

    # Querysets and URLs

    def public_postings(self):
        return JobPosting.objects.public().for_cards().order_by("-first_published_at", "-pk")

    def submission_page(self):
        from listings.models.submission import SubmissionFormPage

        return SubmissionFormPage.objects.child_of(self).live().first()

    def posting_url(self, posting):
        return self.url + self.reverse_subpage("posting", args=(posting.pk,))

    def posting_full_url(self, posting, request=None):
        return self.get_full_url(request) + self.reverse_subpage("posting", args=(posting.pk,))

    def employer_url(self, employer):
        return self.url + self.reverse_subpage("employer", args=(employer.slug,))

    def similar_postings(self, posting):
        return (
            self.public_postings()
            .filter(models.Q(category=posting.category_id) | models.Q(area=posting.area_id))
            .exclude(pk=posting.pk)[:SIMILAR_COUNT]
        )

    # Routes

    @path("")
    def index_route(self, request):
        form = PostingFilterForm(request.GET or None)
        postings = form.filter(self.public_postings()) if form.is_bound else self.public_postings()
        query = request.GET.copy()
        query.pop("page", None)
        postings_page = paginate(request, postings, POSTINGS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "postings_page": postings_page,
                "result_count": postings_page.paginator.count,
                "filter_query": query.urlencode(),
                "is_filtered": form.is_bound and form.is_filtered,
            },
        )

    @path("<int:posting_id>/", name="posting")
    def posting_route(self, request, posting_id):
        if posting_id > MAX_ID:
            raise Http404
        posting = get_object_or_404(
            JobPosting.objects.select_related(
                "category", "employment_type", "area", "employer"
            ).prefetch_related("welcome_tags"),
            pk=posting_id,
        )
        now = timezone.now()
        context = self.get_context(request)
        context.update(posting=posting, portal=self, breadcrumb_title=posting.title)
        if posting.is_public(now):
            context["json_ld"] = posting_json_ld(posting, self.posting_full_url(posting, request))
            return TemplateResponse(request, "listings/posting_detail.html", context)
        if posting.has_ended(now):
            from listings.services import taken_down

            if taken_down(posting):
                # Staff took it off the site (a removal request, a broken rule): its deadline
                # passing later must not bring its title and employer back into view.
                context.update(posting=None, breadcrumb_title=_("This posting has ended"))
            else:
                context["similar"] = self.similar_postings(posting)
            return TemplateResponse(request, "listings/posting_gone.html", context, status=410)
        raise Http404

    @path("employers/<slug:slug>/", name="employer")
    def employer_route(self, request, slug):
        employer = get_object_or_404(Employer.objects.filter(live=True), slug=slug)
        from listings.models.features import JobFeaturePage

        context = self.get_context(request)
        context.update(
            employer=employer,
            portal=self,
            breadcrumb_title=employer.name,
            postings=self.public_postings().filter(employer=employer),
            features=JobFeaturePage.objects.live()
            .public()
            .filter(employer=employer)
            .select_related("listing_image", "listing_image__credit_person")
            .prefetch_related("listing_image__renditions")
            .order_by("-first_published_at"),
        )
        return TemplateResponse(request, "listings/employer_page.html", context)

    @path("feed/", name="feed")
    def feed_route(self, request):
        return PostingFeed(self, request)(request)

    def open_data_route(self, request):
        """The open-data JSON (served at /portal/postings.json by listings.views), in pages
        of OPEN_DATA_PAGE_SIZE so that each response stays small and exact to the minute."""
        postings_page = paginate(request, self.public_postings(), OPEN_DATA_PAGE_SIZE)
        next_url = None
        if postings_page.has_next():
            next_url = request.build_absolute_uri(f"?page={postings_page.next_page_number()}")
        data = {
            "licence": OPEN_DATA_LICENCE,
            "source": self.get_full_url(request),
            "generated": timezone.now().isoformat(),
            "count": postings_page.paginator.count,
            "page": postings_page.number,
            "pages": postings_page.paginator.num_pages,
            "next": next_url,
            "postings": [
                posting_json_ld(p, self.posting_full_url(p, request)) for p in postings_page
            ],
        }
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
        response["Access-Control-Allow-Origin"] = "*"
        return response

    # Sitemap: the portal, every public posting and every employer with a page

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for posting in JobPosting.objects.public().only("pk", "last_published_at", "updated_at"):
            urls.append(
                {
                    "location": base + self.reverse_subpage("posting", args=(posting.pk,)),
                    "lastmod": posting.updated_on,
                }
            )
        for employer in Employer.objects.filter(live=True).only("slug", "last_published_at"):
            urls.append(
                {
                    "location": base + self.reverse_subpage("employer", args=(employer.slug,)),
                    "lastmod": employer.last_published_at,
                }
            )
        return urls

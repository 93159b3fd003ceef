"""The recruiting admin: the lists, employers, postings (with their review state and the
quiet "resend" and "revoke the management links" items), and the transparency figures."""

import django_filters

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.commons.transparency import FIGURES_HOOK
from home.public_forms.outbox_admin import OutgoingMailPanel
from listings import transparency
from listings.admin_listing import (
    PostingEditView,
    PostingWorkflowActionView,
    ReviewStateColumn,
    deadline_column,
    with_workflow_status,
)
from listings.admin_views import resend_link, revoke_links, take_down
from listings.models import (
    Area,
    ClosedReason,
    Employer,
    EmploymentType,
    JobCategory,
    JobPosting,
    WelcomeTag,
)


class TaxonomyViewSet(ModelViewSet):
    icon = "tag"
    form_fields = ["name", "slug", "sort_order"]
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]


class JobCategoryViewSet(TaxonomyViewSet):
    model = JobCategory
    form_fields = ["code", "name", "slug", "sort_order"]
    list_display = ["code", "name", "slug"]


class EmploymentTypeViewSet(TaxonomyViewSet):
    model = EmploymentType
    form_fields = ["name", "slug", "google_type", "sort_order"]
    list_display = ["name", "google_type", "sort_order"]


class AreaViewSet(TaxonomyViewSet):
    model = Area
    form_fields = ["name", "slug", "in_himi", "sort_order"]
    list_display = ["name", "in_himi", "sort_order"]


class WelcomeTagViewSet(TaxonomyViewSet):
    model = WelcomeTag


class TaxonomyGroup(ViewSetGroup):
    menu_label = _("Recruiting lists")
    menu_icon = "list-ul"
    menu_order = 250
    items = (
        JobCategoryViewSet("job_categories"),
        EmploymentTypeViewSet("employment_types"),
        AreaViewSet("areas"),
        WelcomeTagViewSet("welcome_tags"),
    )


@hooks.register("register_admin_viewset")
def register_taxonomies():
    return TaxonomyGroup()


class EmployerViewSet(SnippetViewSet):
    model = Employer
    icon = "home"
    menu_label = _("Employers")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "industry", "area", "live"]
    list_filter = ["area", "live"]
    # Substring search finds Japanese names the word index would not split.
    search_backend_name = None
    search_fields = ["name", "kana", "industry"]


class PostingStatus(django_filters.ChoiceFilter):
    """One status a moderator thinks in, from the draft, workflow and closing fields."""

    CHOICES = [
        ("moderation", _("In moderation")),
        ("public", _("Public")),
        ("draft", _("Draft or rejected")),
        ("ended", _("Ended")),
    ]

    def __init__(self, **kwargs):
        super().__init__(choices=self.CHOICES, label=_("Status"), **kwargs)

    def filter(self, queryset, value):
        if value == "moderation":
            return queryset.in_moderation()
        if value == "public":
            return queryset.public()
        if value == "ended":
            return queryset.ended()
        if value == "draft":
            return queryset.filter(live=False, first_published_at__isnull=True).not_in_moderation()
        return queryset


class JobPostingFilterSet(WagtailFilterSet):
    status = PostingStatus()
    closed_reason = django_filters.ChoiceFilter(choices=ClosedReason.choices[1:], label=_("Closed"))

    class Meta:
        model = JobPosting
        fields = ["status", "category", "area", "employment_type", "source", "closed_reason"]


class JobPostingViewSet(SnippetViewSet):
    model = JobPosting
    icon = "clipboard-list"
    menu_label = _("Job postings")
    menu_order = 200
    add_to_admin_menu = True
    # The review state in words (審査中, 差し戻し, 掲載中, 終了), not the `live` flag as True/False.
    list_display = [
        "title",
        "employer_name",
        "category",
        "area",
        ReviewStateColumn(),
        deadline_column(),
    ]
    filterset_class = JobPostingFilterSet
    search_backend_name = None
    search_fields = ["title", "employer_name", "description"]
    ordering = ["-created_at"]
    edit_view_class = PostingEditView
    workflow_action_view_class = PostingWorkflowActionView
    # The posting's fields, then the mail about it (receipt, approval, notices to the
    # moderators) with a resend button for one that failed after its last try.
    panels = [*JobPosting.panels, OutgoingMailPanel()]

    def get_queryset(self, request):
        # Every row's workflow status in the same query as the rows.
        return with_workflow_status(JobPosting.objects.select_related("category", "area"))


register_snippet(EmployerViewSet)
register_snippet(JobPostingViewSet)


@hooks.register("register_admin_urls")
def register_resend_link_url():
    return [
        path("postings/<int:pk>/resend-link/", resend_link, name="listings_resend_link"),
        path("postings/<int:pk>/revoke-links/", revoke_links, name="listings_revoke_links"),
        path("postings/<int:pk>/take-down/", take_down, name="listings_take_down"),
    ]


def posting_menu_item(snippet, user, permission, label, url_name, icon, priority):
    """An item of a posting's 「…」 row menu (never a button on every row's face), for
    staff with `permission`."""
    if isinstance(snippet, JobPosting) and user.has_perm(f"listings.{permission}"):
        yield Button(
            label, reverse(url_name, args=(snippet.pk,)), icon_name=icon, priority=priority
        )


@hooks.register("register_snippet_listing_buttons")
def resend_link_button(snippet, user, next_url=None):
    """Needed after a mail failure."""
    yield from posting_menu_item(
        snippet,
        user,
        "change_jobposting",
        _("Resend management link"),
        "listings_resend_link",
        "mail",
        50,
    )


@hooks.register("register_snippet_listing_buttons")
def revoke_links_button(snippet, user, next_url=None):
    """Staff end every working link (sent to a wrong address, leaked); the view asks
    first and the audit log records who."""
    yield from posting_menu_item(
        snippet,
        user,
        "change_jobposting",
        _("Revoke management links"),
        "listings_revoke_links",
        "lock",
        51,
    )


@hooks.register("register_snippet_listing_buttons")
def take_down_button(snippet, user, next_url=None):
    """For a live posting: off the site with the reason kept in its history."""
    if getattr(snippet, "live", False):
        yield from posting_menu_item(
            snippet,
            user,
            "publish_jobposting",
            _("Take off the site"),
            "listings_take_down",
            "cross",
            52,
        )


@hooks.register("register_log_actions")
def register_posting_log_actions(actions):
    actions.register_action(
        "listings.filled", _("Marked filled by the employer"), _("Marked filled by the employer")
    )
    actions.register_action(
        "listings.withdrawn", _("Withdrawn by the employer"), _("Withdrawn by the employer")
    )
    actions.register_action(
        "listings.renew", _("Renewed by the employer"), _("Renewed by the employer")
    )
    actions.register_action(
        "listings.resend_link", _("Management link resent"), _("Management link resent")
    )
    actions.register_action(
        "listings.revoke_links", _("Management links revoked"), _("Management links revoked")
    )
    actions.register_action("listings.take_down")(TakeDownFormatter)


class TakeDownFormatter(LogFormatter):
    """The admin history line for a take-down, with the reason staff gave."""

    label = _("Taken down by the site")

    def format_message(self, log_entry):
        reason = (log_entry.data or {}).get("reason", "")
        if reason:
            return _("Taken down by the site: %(reason)s") % {"reason": reason}
        return _("Taken down by the site")


# The recruiting section's figures on the transparency page.
hooks.register(FIGURES_HOOK, transparency.figures, order=10)

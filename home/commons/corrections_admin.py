"""Correction and removal requests in the admin (the inbound-record viewset of
home/public_forms/records_admin.py): moderators and editors read a request, follow the link
to the public content, change the status (each change is logged with who made it) and keep
notes. A request never changes the content: they do that in the content's own editor."""

import django_filters

from django.contrib.contenttypes.models import ContentType
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import HelpPanel
from wagtail.admin.ui.tables import DateColumn

from home.models import CorrectionRequest
from home.public_forms.records_admin import InboundRecordViewSet


class TargetPanel(HelpPanel):
    """What the request is about: its kind, a link to the public address and, while the
    content exists, a link to edit it in the admin."""

    class BoundPanel(HelpPanel.BoundPanel):
        def render_html(self, parent_context=None):
            record = self.instance
            kind = record.content_type.name if record.content_type_id else _("not identified")
            title = (
                format_html(
                    '<a href="{}" target="_blank" rel="noopener">{}</a>',
                    record.target_url,
                    record.target_title,
                )
                if record.target_url.startswith(("http://", "https://", "/"))
                else record.target_title
            )
            target = record.target if record.content_type_id else None
            edit_url = AdminURLFinder(self.request.user).get_edit_url(target) if target else None
            edit = (
                format_html(' — <a href="{}">{}</a>', edit_url, _("edit it in the admin"))
                if edit_url
                else ""
            )
            return format_html("<p><strong>{}</strong>: {}{}</p>", kind, title, edit)


def requested_content_types(request):
    # Only the kinds of content that requests are about, not every content type.
    return ContentType.objects.filter(
        pk__in=CorrectionRequest.objects.values("content_type")
    ).order_by("model")


class CorrectionRequestFilterSet(WagtailFilterSet):
    content_type = django_filters.ModelChoiceFilter(
        label=_("kind of content"), queryset=requested_content_types
    )

    class Meta:
        model = CorrectionRequest
        fields = ["status", "reason", "content_type"]


class CorrectionRequestViewSet(InboundRecordViewSet):
    model = CorrectionRequest
    icon = "warning"
    menu_label = _("Correction and removal requests")
    menu_order = 265
    list_display = [
        "created_at",
        "target_title",
        "reason",
        "status",
        DateColumn("status_changed_at", label=_("status changed")),
    ]
    filterset_class = CorrectionRequestFilterSet
    search_fields = ["target_title", "target_url", "details", "contact_name", "contact_email"]
    list_select_related = ["content_type"]
    inspect_view_fields = [
        "created_at",
        "target_title",
        "target_url",
        "reason",
        "details",
        "contact_name",
        "contact_email",
        "status",
        "status_changed_at",
        "staff_notes",
    ]
    lead_panels = [TargetPanel(heading=_("About"))]
    sent_heading = _("Request")
    sent_fields = ["reason", "details", "contact_name", "contact_email"]


correction_request_viewset = CorrectionRequestViewSet("correction_requests")

"""Correction and removal requests in the admin (wagtail-modeladmin, like the other
inbound records): moderators and editors read a request, follow the link to the public
content, change the status (each change is kept with who made it) and keep notes. A
request never changes the content: they do that in the content's own editor."""

from django.contrib.admin import RelatedOnlyFieldListFilter
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from home.models import CorrectionRequest
from home.public_forms.records_admin import StatusEditView, StatusHistoryPanel, sent_panels

READ_ONLY = ["reason", "details", "contact_name", "contact_email"]


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


class CorrectionRequestPermissionHelper(PermissionHelper):
    """Requests come only from the public form: staff do not add them."""

    def user_can_create(self, user):
        return False


class CorrectionRequestAdmin(ModelAdmin):
    model = CorrectionRequest
    menu_label = _("Correction and removal requests")
    menu_icon = "warning"
    menu_order = 265
    add_to_admin_menu = True
    list_display = ["created_at", "target_title", "reason", "status", "status_changed_at"]
    # Only the kinds of content that requests are about, not every content type.
    list_filter = ["status", "reason", ("content_type", RelatedOnlyFieldListFilter)]
    search_fields = ["target_title", "target_url", "details", "contact_name", "contact_email"]
    inspect_view_enabled = True
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
    permission_helper_class = CorrectionRequestPermissionHelper
    edit_view_class = StatusEditView
    panels = [
        TargetPanel(heading=_("About")),
        MultiFieldPanel(sent_panels(READ_ONLY), heading=_("Request")),
        FieldPanel("status"),
        FieldPanel("staff_notes"),
        StatusHistoryPanel(heading=_("Status history")),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("content_type")


modeladmin_register(CorrectionRequestAdmin)

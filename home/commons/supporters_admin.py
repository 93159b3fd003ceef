"""Supporter applications in the admin (DESIGN.md: inbound records use wagtail-modeladmin).

Staff read what the applicant sent, set the status (each change kept with who and when),
keep notes and add a logo after approval. Applications only come from the public form, so
there is no "add" button, and what the applicant wrote cannot be changed here.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from home.models import Supporter
from home.public_forms.records_admin import StatusEditView, StatusHistoryPanel, sent_panels

APPLICANT_FIELDS = [
    "kind",
    "name",
    "kana",
    "email",
    "support_kinds",
    "url",
    "message",
    "consent_listing",
]


class SupporterPermissionHelper(PermissionHelper):
    def user_can_create(self, user):
        return False


class SupporterAdmin(ModelAdmin):
    model = Supporter
    menu_label = _("Supporters")
    menu_icon = "group"
    menu_order = 270
    add_to_admin_menu = True
    permission_helper_class = SupporterPermissionHelper
    edit_view_class = StatusEditView
    list_display = [
        "created_at",
        "name",
        "kind",
        "support_kinds_list",
        "consent_listing",
        "status",
    ]
    list_filter = ["status", "kind", "consent_listing"]
    search_fields = ["name", "kana", "email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        *APPLICANT_FIELDS,
        "status",
        "status_changed_at",
        "staff_notes",
        "logo",
    ]
    panels = [
        MultiFieldPanel(
            sent_panels(["created_at", *APPLICANT_FIELDS]),
            heading=_("The application as sent"),
        ),
        FieldPanel("status"),
        FieldPanel("staff_notes"),
        FieldPanel(
            "logo",
            help_text=_(
                "Only for approved supporters who agreed to be listed; "
                "without one the list shows the initial."
            ),
        ),
        StatusHistoryPanel(heading=_("Status history")),
    ]

    def support_kinds_list(self, obj):
        return obj.get_support_kinds_display()

    support_kinds_list.short_description = _("kinds of support")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("logo")


modeladmin_register(SupporterAdmin)

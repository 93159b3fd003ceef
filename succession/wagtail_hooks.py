from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from home.commons.transparency import FIGURES_HOOK
from home.public_forms.records_admin import StatusEditView, StatusHistoryPanel, sent_panels
from succession import transparency
from succession.admin_views import owner_report
from succession.models import SuccessionInquiry

READ_ONLY = ["story", "name", "kana", "email", "phone", "inquirer_type", "background", "hope"]


class InquiryHistoryPanel(StatusHistoryPanel):
    """The status history of the inquiry being edited, and the owner's list."""

    def __init__(self, template="succession/admin/inquiry_history_panel.html", **kwargs):
        super().__init__(template=template, **kwargs)

    class BoundPanel(StatusHistoryPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["inquiry"] = self.instance
            context["report_url"] = reverse(
                "succession_owner_report", args=(self.instance.story_id,)
            )
            return context


class SuccessionInquiryAdmin(ModelAdmin):
    """Inbound records the editorial team processes (DESIGN.md: wagtail-modeladmin)."""

    model = SuccessionInquiry
    menu_label = _("Succession inquiries")
    menu_icon = "mail"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["created_at", "story", "inquirer_type", "status", "status_changed_at"]
    list_filter = ["status", "inquirer_type", "story"]
    search_fields = ["name", "kana", "email"]
    inspect_view_enabled = True
    # Inquiries keep their own history model (InquiryStatusChange), with the same
    # change_status() as the inbound records of home.
    edit_view_class = StatusEditView
    panels = [
        MultiFieldPanel(sent_panels(READ_ONLY), heading=_("Inquiry")),
        FieldPanel("status"),
        FieldPanel("staff_notes"),
        InquiryHistoryPanel(heading=_("Status history")),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("story")


modeladmin_register(SuccessionInquiryAdmin)


@hooks.register("register_admin_urls")
def register_owner_report_url():
    return [
        path(
            "succession/stories/<int:story_id>/inquiries/",
            owner_report,
            name="succession_owner_report",
        )
    ]


# The succession stories' figure on the transparency page.
hooks.register(FIGURES_HOOK, transparency.figures, order=30)

"""Succession inquiries in the admin (the inbound-record viewset of
home/public_forms/records_admin.py; only 編集部 holds their permissions), the owner's list,
and the stories' figure on the transparency page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn

from home.commons.transparency import FIGURES_HOOK
from home.public_forms.records_admin import InboundRecordViewSet, StatusHistoryPanel
from succession import transparency
from succession.admin_views import owner_report
from succession.models import SuccessionInquiry


class InquiryHistoryPanel(StatusHistoryPanel):
    """The status history of the inquiry being edited, and the owner's list."""

    class BoundPanel(StatusHistoryPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["report_url"] = reverse(
                "succession_owner_report", args=(self.instance.story_id,)
            )
            return context


class SuccessionInquiryViewSet(InboundRecordViewSet):
    model = SuccessionInquiry
    icon = "mail"
    menu_label = _("Succession inquiries")
    menu_order = 260
    list_display = [
        "created_at",
        "story",
        "inquirer_type",
        "status",
        DateColumn("status_changed_at", label=_("status changed")),
    ]
    list_filter = ["status", "inquirer_type", "story"]
    search_fields = ["name", "kana", "email"]
    list_select_related = ["story"]
    sent_heading = _("Inquiry")
    sent_fields = ["story", "name", "kana", "email", "phone", "inquirer_type", "background", "hope"]
    history_panel_class = InquiryHistoryPanel


@hooks.register("register_admin_viewset")
def register_inquiry_viewset():
    return SuccessionInquiryViewSet("succession_inquiries")


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

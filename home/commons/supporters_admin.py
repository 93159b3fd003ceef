"""Supporter applications in the admin (the inbound-record viewset of
home/public_forms/records_admin.py).

Staff read what the applicant sent, set the status (each change logged with who and when),
keep notes and add a logo after approval. Applications only come from the public form, so
there is no "add" button, and what the applicant wrote cannot be changed here.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import BooleanColumn

from home.models import Supporter
from home.public_forms.records_admin import InboundRecordViewSet

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


class SupporterViewSet(InboundRecordViewSet):
    model = Supporter
    icon = "group"
    menu_label = _("Supporters")
    menu_order = 270
    list_display = [
        "created_at",
        "name",
        "kind",
        "support_kinds",
        BooleanColumn("consent_listing", label=_("may be listed publicly")),
        "status",
    ]
    list_filter = ["status", "kind", "consent_listing"]
    search_fields = ["name", "kana", "email"]
    list_select_related = ["logo"]
    inspect_view_fields = [
        "created_at",
        *APPLICANT_FIELDS,
        "status",
        "status_changed_at",
        "staff_notes",
        "logo",
    ]
    sent_heading = _("The application as sent")
    sent_fields = ["created_at", *APPLICANT_FIELDS]
    extra_panels = [
        FieldPanel(
            "logo",
            help_text=_(
                "Only for approved supporters who agreed to be listed; "
                "without one the list shows the initial."
            ),
        ),
    ]


supporter_viewset = SupporterViewSet("supporters")

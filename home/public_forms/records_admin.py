"""Admin pieces shared by the inbound records that staff process with wagtail-modeladmin:
an edit view that records who changed a status, the record as sent (read-only), and a panel
showing the history."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail_modeladmin.views import EditView


class StatusEditView(EditView):
    """The status goes through the record's change_status(), so each change is kept with
    its author; the other fields save as usual."""

    def form_valid(self, form):
        new_status = form.cleaned_data["status"]
        form.instance.status = type(self.instance).objects.get(pk=self.instance.pk).status
        response = super().form_valid(form)
        self.instance.change_status(new_status, user=self.request.user)
        return response


class SentPanel(FieldPanel):
    """A field of the record as the person sent it: shown, never edited, and in words
    (「はい」/「いいえ」, not Python's True/False)."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        return super().format_value_for_display(value)


def sent_panels(field_names):
    return [SentPanel(name) for name in field_names]


class StatusHistoryPanel(HelpPanel):
    """When the record arrived and every status change since: who, when, from, to."""

    # HelpPanel's BoundPanel takes its template from the panel, not from the class.
    def __init__(self, template="wagtailadmin/panels/status_history.html", **kwargs):
        super().__init__(template=template, **kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["record"] = self.instance
            changes = list(self.instance.status_changes.select_related("changed_by"))
            for change in changes:
                change.record = self.instance  # its status labels, without a query each
            context["changes"] = changes
            return context

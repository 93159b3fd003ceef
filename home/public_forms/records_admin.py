"""The one admin pattern for inbound records (supporter applications, correction requests,
succession inquiries): a Wagtail `ModelViewSet` whose edit view shows the record as sent,
read-only, and lets staff set the status and keep notes; each status change goes through
`InboundRecord.change_status()` into Wagtail's audit log, which the viewset's history view
and the history panel show."""

from django import forms
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.public_forms.outbox_admin import OutgoingMailPanel
from home.public_forms.records import STATUS_ACTION


@hooks.register("register_log_actions")
def register_status_action(actions):
    @actions.register_action(STATUS_ACTION)
    class StatusChangeFormatter(LogFormatter):
        label = _("Change status")

        def format_message(self, log_entry):
            data = log_entry.data
            model = log_entry.content_type.model_class() if log_entry.content_type_id else None
            labels = dict(model._meta.get_field("status").choices) if model else {}
            message = _("Changed the status from %(old)s to %(new)s") % {
                "old": labels.get(data.get("old"), data.get("old")),
                "new": labels.get(data.get("new"), data.get("new")),
            }
            if data.get("note"):
                # The history view shows only the message, so the note goes into it.
                message = _("%(message)s (note: %(note)s)") % {
                    "message": message,
                    "note": data["note"],
                }
            return message

        def format_comment(self, log_entry):
            return log_entry.data.get("note", "")


class InboundRecordForm(WagtailAdminModelForm):
    """The edit form, with a note that is kept in the history with a status change."""

    status_note = forms.CharField(
        label=_("Note on the status change"),
        max_length=200,
        required=False,
        help_text=_("Kept in the history with the change, e.g. why. Left out if the status stays."),
    )


class InboundRecordEditView(generic.EditView):
    """Saves the other fields as usual and the status through change_status(), so that each
    change is logged with its author and note."""

    def save_instance(self):
        instance = self.form.instance
        new_status = self.form.cleaned_data["status"]
        # The form has put the new status on the instance already: save the stored one, so
        # that change_status() sees (and logs) the real change.
        instance.status = (
            type(instance).objects.values_list("status", flat=True).get(pk=instance.pk)
        )
        others = set(self.form.changed_data) - {"status", "status_note"}
        self.action_class(
            instance,
            user=self.request.user,
            form=self.form,
            # A status change alone is logged once, as a status change.
            log_action="wagtail.edit" if others else None,
        ).execute(skip_permission_checks=True)
        instance.change_status(
            new_status, user=self.request.user, note=self.form.cleaned_data["status_note"]
        )
        return instance


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


class StatusHistoryPanel(HelpPanel):
    """When the record arrived and every status change since (who, when, from, to, note),
    with a link to the full history view."""

    # HelpPanel's BoundPanel takes its template from the panel, not from the class.
    def __init__(
        self, template="wagtailadmin/panels/status_history.html", history_url_name="", **kwargs
    ):
        super().__init__(template=template, **kwargs)
        self.history_url_name = history_url_name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "history_url_name": self.history_url_name}

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["record"] = self.instance
            context["changes"] = self.instance.status_changes.select_related("user")
            if self.panel.history_url_name:
                context["history_url"] = reverse(
                    self.panel.history_url_name, args=(quote(self.instance.pk),)
                )
            return context


class InboundRecordPermissionPolicy(ModelPermissionPolicy):
    """Records arrive only through the public forms: nobody adds one in the admin, whatever
    the group's permissions say (編集部 holds "add" on inquiries from the first migration)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class InboundRecordViewSet(ModelViewSet):
    """Each record's viewset names its model, menu entry, columns, filters and search, the
    fields as sent (`sent_fields` under `sent_heading`) and any `lead_panels` before them
    or `extra_panels` after the notes; the mail about the record comes last but for the
    history."""

    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    edit_view_class = InboundRecordEditView
    # Plain substring search: the search index would not split Japanese names.
    search_backend_name = None
    list_select_related = ()
    sent_heading = _("As sent")
    sent_fields = ()
    lead_panels = ()
    extra_panels = ()
    history_panel_class = StatusHistoryPanel

    @cached_property
    def url_prefix(self):
        # wagtail-modeladmin's paths (/admin/home/supporter/edit/1/, …/inspect/1/): links in
        # notices sent before the move still open the record.
        return f"{self.app_label}/{self.model_name}"

    def get_index_view_kwargs(self, **kwargs):
        queryset = self.model._default_manager.select_related(*self.list_select_related)
        return super().get_index_view_kwargs(queryset=queryset, **kwargs)

    def get_edit_handler(self):
        panels = [
            *self.lead_panels,
            MultiFieldPanel(
                [SentPanel(name) for name in self.sent_fields], heading=self.sent_heading
            ),
            FieldPanel("status"),
            FieldPanel("status_note"),
            FieldPanel("staff_notes"),
            *self.extra_panels,
            # The mail about the record (notice, receipt), and a resend for a failed one.
            OutgoingMailPanel(),
            self.history_panel_class(
                heading=_("Status history"), history_url_name=self.get_url_name("history")
            ),
        ]
        return ObjectList(panels, base_form_class=InboundRecordForm).bind_to_model(self.model)

    def on_register(self):
        # Before ModelViewSet.on_register(), which would make the default policy.
        register_permission_policy(
            self.model, InboundRecordPermissionPolicy(self.model), exact_class=True
        )
        super().on_register()

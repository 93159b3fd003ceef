"""The outbox in the admin: a panel on a record's edit view with the mail about it and what
became of it (a failed one with a resend button), the resend action, and the list of all
mail under 設定 for those who may see it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.panels import HelpPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.public_forms.outbox import MailStatus, OutgoingMail, resend

PANEL_LIMIT = 10


def may_resend(user, mail):
    """Staff who may change what the mail is about (or the mail itself)."""
    if user.has_perm("home.change_outgoingmail"):
        return True
    if mail.content_type_id is None:
        return False
    app_label, model = mail.content_type.app_label, mail.content_type.model
    return user.has_perm(f"{app_label}.change_{model}")


@require_POST
def resend_view(request, pk):
    """Queue a failed mail again (a POST from the panel's button), then back."""
    mail = get_object_or_404(OutgoingMail, pk=pk)
    if not may_resend(request.user, mail):
        raise PermissionDenied
    if resend(mail):
        # Queued, not sent: the worker sends it, and the panel says when it did.
        messages.success(request, _("Resend accepted: the mail is queued to be sent again."))
    else:
        messages.warning(request, _("This mail is not a failed one; nothing was queued."))
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = reverse("outgoing_mail:index")
    return redirect(back)


@hooks.register("register_admin_urls")
def register_resend_url():
    return [path("outbox/<int:pk>/resend/", resend_view, name="outgoing_mail_resend")]


class OutgoingMailPanel(HelpPanel):
    """The mail about the record being edited, newest first: to whom, status, tries, the
    last error; a failed one has a resend button (posted to resend_view through the edit
    form's own CSRF token: the panel sits inside that form)."""

    def __init__(self, template="wagtailadmin/panels/outgoing_mail.html", **kwargs):
        kwargs.setdefault("heading", gettext_lazy("Mail"))
        super().__init__(template=template, **kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            mails = []
            if self.instance is not None and self.instance.pk is not None:
                mails = list(OutgoingMail.objects.about(self.instance)[:PANEL_LIMIT])
            context["mails"] = mails
            context["failed"] = MailStatus.FAILED
            context["can_resend"] = bool(mails) and may_resend(self.request.user, mails[0])
            context["back"] = self.request.get_full_path()
            return context


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Mail is made by the site, never added or edited by hand."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OutgoingMailViewSet(ModelViewSet):
    model = OutgoingMail
    icon = "mail"
    menu_label = gettext_lazy("Outgoing mail")
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    search_fields = ["to", "subject", "template", "last_error"]
    list_display = ["label", "recipients_display", "status", "attempts", "last_error", "created_at"]
    list_filter = ["status"]
    # No form is ever shown (OutboxPermissionPolicy refuses add and change), but the
    # viewset wants to know its fields.
    form_fields = ["status"]
    inspect_view_fields = [
        "to",
        "subject",
        "template",
        "status",
        "attempts",
        "last_error",
        "created_at",
        "last_attempt_at",
        "sent_at",
    ]
    name = "outgoing_mail"
    url_prefix = "outbox"

    def on_register(self):
        register_permission_policy(self.model, OutboxPermissionPolicy(self.model), exact_class=True)
        super().on_register()


outgoing_mail_viewset = OutgoingMailViewSet()


@hooks.register("register_admin_viewset")
def register_outgoing_mail_viewset():
    return outgoing_mail_viewset

"""Admin: the sign-ins django-axes has locked, and a button to lift each lock.

A volunteer-run site should not need a shell to let a colleague back in after a few typos:
superusers see who is locked (user name, address, failures, since when) under 設定 and
lift a lock with one press; it is logged. The shell commands (axes_reset_username, …) in
the README still work."""

import logging

from axes.models import AccessAttempt
from axes.utils import reset

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem

logger = logging.getLogger(__name__)


def login_locks(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST":
        attempt = AccessAttempt.objects.filter(pk=request.POST.get("attempt")).first()
        if attempt is not None:
            reset(ip=attempt.ip_address, username=attempt.username)
            logger.warning(
                "Login lock lifted by %s for user %r",
                request.user.get_username(),
                attempt.username,
            )
            messages.success(request, _("%(user)s can sign in again.") % {"user": attempt.username})
        return redirect("home_login_locks")
    locked = AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT
    ).order_by("-attempt_time")
    return TemplateResponse(request, "wagtailadmin/login_locks.html", {"locked": locked})


@hooks.register("register_admin_urls")
def register_login_locks_url():
    return [path("login-locks/", login_locks, name="home_login_locks")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_login_locks_menu_item():
    return SuperuserMenuItem(
        gettext_lazy("Login locks"), reverse("home_login_locks"), icon_name="lock", order=900
    )

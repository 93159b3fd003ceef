"""The admin's login form, in Japanese: Wagtail's own leaves the password field without a
label of its own, so Django falls back to the untranslated field name "Password"."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")

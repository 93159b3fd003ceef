"""The home app's configuration: connects its signal receivers and the workflow notices."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from home import page_cache, signals
        from home.models import visibility
        from home.staff import workflow_mail

        signals.connect()
        visibility.connect()
        page_cache.connect()
        workflow_mail.connect()

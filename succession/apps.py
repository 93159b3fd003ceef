"""The succession app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SuccessionConfig(AppConfig):
    name = "succession"
    verbose_name = _("Succession")

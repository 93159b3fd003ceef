"""The listings app's configuration."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ListingsConfig(AppConfig):
    name = "listings"
    verbose_name = _("Recruiting")

    def ready(self):
        from listings import cache_purge, signals  # noqa: F401  (connects the receivers)

        cache_purge.connect()

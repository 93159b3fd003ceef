"""Local development: the embedded default (SQLite, console mail). Never for production."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine here: dev settings refuse nothing and serve only 127.0.0.1.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]

# Mail is queued (base.py) and printed by the worker in the terminal running `make run`,
# decoded: Django's console backend prints the MIME source, where Japanese bodies are
# base64 (home/public_forms/mail_console.py). With EMAIL_HOST set, it goes to that SMTP
# server instead (to try a real relay, or a dead one: failures show in the admin).
MAILERS = {
    "default": {"BACKEND": "home.public_forms.delivery.QueueBackend"},
    "outgoing": {"BACKEND": "home.public_forms.mail_console.EmailBackend"},
}
if "EMAIL_HOST" in os.environ:
    MAILERS["outgoing"] = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ["EMAIL_HOST"],
            "port": int(os.environ.get("EMAIL_PORT", "25")),
            "use_tls": os.environ.get("EMAIL_USE_TLS", "false").lower() == "true",
            "timeout": 10,
        },
    }

"""Mail backends for tests that fail the way real relays do: each raises what smtplib or
the socket raises for a relay that hangs up, lacks STARTTLS, refuses the address, refuses
the connection or times out. Set one as the "outgoing" mailer (see `failing_mailers`)."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend

ERRORS = {
    "SMTPServerDisconnected": lambda: smtplib.SMTPServerDisconnected(
        "Connection unexpectedly closed"
    ),
    "SMTPNotSupportedError": lambda: smtplib.SMTPNotSupportedError(
        "STARTTLS extension not supported by server."
    ),
    "SMTPRecipientsRefused": lambda: smtplib.SMTPRecipientsRefused(
        {"owner@example.jp": (550, b"5.1.1 No such user")}
    ),
    "ConnectionRefusedError": lambda: ConnectionRefusedError(111, "Connection refused"),
    "TimeoutError": lambda: TimeoutError("timed out"),
}


class FailingBackend(BaseEmailBackend):
    """Raises ERRORS[error] for every message; counts the tries in `tries`."""

    tries = 0

    def __init__(self, error="ConnectionRefusedError", **kwargs):
        super().__init__(**kwargs)
        self.error = error

    def send_messages(self, email_messages):
        FailingBackend.tries += 1
        raise ERRORS[self.error]()


class RefusingBackend(FailingBackend):
    """A relay that refuses connections."""


def failing_mailers(error):
    """MAILERS with every real send raising `error`; the default mailer stays locmem (Django's
    test set-up), for anything that still calls it directly."""
    return {
        "default": {"BACKEND": f"{LocmemBackend.__module__}.EmailBackend"},
        "outgoing": {
            "BACKEND": f"{__name__}.FailingBackend",
            "OPTIONS": {"error": error},
        },
    }

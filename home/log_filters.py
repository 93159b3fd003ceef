"""Log lines without employers' management tokens.

A mailed link /portal/manage/<token>/ opens the posting's page for whoever has it; the
first request carries it in its path, so every line that names that path (Django's
"Not Found" and CSRF warnings, runserver's and gunicorn's access lines) would put a working
key into log files that many people and tools read. This filter writes
/portal/manage/[token]/ instead. It imports nothing from Django, so gunicorn's own logging
can use it before Django is set up (gunicorn.conf.py)."""

import logging
import re

# Any segment after /manage/ but the token-free /manage/posting/<id>/ pages: a wrong
# token is masked too, which costs nothing and needs no knowledge of the token's form.
TOKEN_IN_PATH = re.compile(r"(/manage/)(?!posting/)[^/\s?#\"'<>]+")
MASK = r"\1[token]"


def mask(text):
    return TOKEN_IN_PATH.sub(MASK, text)


class MaskManagementTokens(logging.Filter):
    """Rewrites a record whose message names a management link; never drops a record."""

    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the handler's to report, not ours
            return True
        masked = mask(message)
        if masked != message:
            # The finished text replaces format and arguments (gunicorn's access line has
            # a dict of atoms, Django's a tuple); the record's other fields stay.
            record.msg, record.args = masked, None
        return True


class OneLineWarning(logging.Filter):
    """For django.security.RequestDataTooBig: Django logs each body over the upload limit as
    an error with a full traceback, which says nothing the one line does not and lets anyone
    fill the log. This makes it one warning line with the method and path."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None:
            record.msg = f"{record.getMessage()} ({request.method} {mask(request.path)})"
            record.args = ()
        record.exc_info = record.exc_text = record.stack_info = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True

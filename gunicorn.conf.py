"""gunicorn's settings for this project, read by gunicorn from the folder it starts in.

Only one thing: if gunicorn's access log is turned on (`--access-logfile -`), its lines
name /portal/manage/[token]/ instead of an employer's working management link
(home/log_filters.py). gunicorn's own log format and handlers stay as they are."""

import logging
import sys
from pathlib import Path

# gunicorn reads this file before it loads the app; make the project importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from home.log_filters import MaskManagementTokens  # noqa: E402


def on_starting(server):
    """In the master before the workers fork, so every worker inherits the filter."""
    for name in ("gunicorn.access", "gunicorn.error"):
        logging.getLogger(name).addFilter(MaskManagementTokens())

"""Wagtail admin strings that Wagtail's own Japanese catalogue leaves in English.

Wagtail 8's ``ja`` catalogues only hold the strings its translators have done, so the
login page ("Remember me"), the status side panel ("Set schedule"), the workflow
e-mails and much of the page editor stay in English for our writers, photographers,
editors and moderators. Our ``locale/`` comes first in ``LOCALE_PATHS``, so a msgid
translated in ``locale/ja/LC_MESSAGES/django.po`` fills the gap at run time.

Nothing imports this package. It exists so that ``manage.py makemessages`` extracts these
msgids into our catalogue; each one is byte-for-byte Wagtail's msgid (and plural form),
picked from the screens our roles use. ``gettext_noop`` and the lazy ``ngettext_lazy``
evaluate nothing at import. When Wagtail is upgraded, compare this list with its ``ja``
catalogues: drop what Wagtail now translates, and add new gaps.

The strings are grouped by screen in the modules of this package.
"""

from . import editor, library, pages, review, workflow

WAGTAIL_ADMIN_STRINGS = (
    *pages.STRINGS,
    *editor.STRINGS,
    *workflow.STRINGS,
    *library.STRINGS,
    *review.STRINGS,
)

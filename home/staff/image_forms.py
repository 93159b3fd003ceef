"""The admin's image form: replacing the file of a picture that published content shows is
an editor's action.

A photographer may add and edit images, but a new file on an image in use changes live
pages at once, past the 「編集部承認」 step. So on an image that something published refers
to (a live page, or a snippet or setting without a draft state), only 編集部 and superusers
may swap the file; others are asked to upload the new picture as a new image, which an
editor then chooses on the page (and so approves). Title, alt text and credit stay
editable: they are described to the editors through the page's own review anyway.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm
from wagtail.models import ReferenceIndex

from home import roles

REPLACE_REFUSED = _(
    "This picture is shown on published content, so only the editorial team can replace "
    "its file. Upload the new picture as a new image and ask an editor to use it."
)


def may_replace_published_files(user):
    return bool(user) and (user.is_superuser or user.groups.filter(name=roles.EDITORS).exists())


def shown_on_published_content(image):
    """True when a live page, or content without drafts (settings, people), refers to it."""
    for source, _references in ReferenceIndex.get_grouped_references_to(image):
        if source is None:
            continue
        if getattr(source, "live", True):  # no draft state: what it shows is public
            return True
    return False


class CreditedImageForm(BaseImageForm):
    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, user=user, **kwargs)

    def clean(self):
        cleaned = super().clean()
        replacing = self.instance.pk and "file" in self.changed_data
        if (
            replacing
            and not may_replace_published_files(self.user)
            and shown_on_published_content(self.instance)
        ):
            self.add_error("file", forms.ValidationError(REPLACE_REFUSED, code="published"))
        return cleaned

"""The site's image model: alt text is required, and every photo carries its credit."""

import re

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index

# A short label and a colon before the name: 「写真：」「写真提供：」「撮影:」「Photo:」.
LABELLED_CREDIT = re.compile(r"^[^\s：:]{1,8}\s*[：:]")


class CreditedImage(AbstractImage):
    # Wagtail uses `description` as the alt text; we make it required, since most of our
    # readers meet photos of people and places that need words for screen readers.
    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_("Describe what the photo shows, for people who cannot see it."),
    )
    caption = models.CharField(
        _("caption"), max_length=255, blank=True, help_text=_("Shown under the photo.")
    )
    credit_person = models.ForeignKey(
        "home.Person",
        verbose_name=_("photographer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="credited_images",
        help_text=_("Choose a registered person, or type a name below."),
    )
    credit_text = models.CharField(
        _("credit (free text)"),
        max_length=100,
        blank=True,
        help_text=_("For photographers who are not registered, e.g. 「写真提供：氷見市」."),
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit_person", "credit_text")

    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("caption"),
        index.SearchField("credit_text"),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    @property
    def credit(self):
        """The name to print beside the photo, or an empty string."""
        if self.credit_person_id:
            return self.credit_person.name
        return self.credit_text

    @property
    def credit_line(self):
        """The credit as printed: 「写真：高田 美咲」, or the free text as typed when it
        brings its own label (「写真提供：氷見市」, 「撮影：…」): labelled twice, it read
        「写真：写真提供：氷見市」. Every template prints this, never its own prefix."""
        name = self.credit
        if not name or LABELLED_CREDIT.match(name):
            return name
        return gettext("Photo: %(name)s") % {"name": name}


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

"""Lookup tables for postings and features, seeded by data migrations, edited by editors."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Taxonomy(models.Model):
    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(
        _("slug"), max_length=60, unique=True, help_text=_("Used in URLs and filters.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class JobCategory(Taxonomy):
    """The 15 top-level groups of 厚生労働省編職業分類 (2022 revision)."""

    code = models.CharField(_("code"), max_length=4, blank=True, help_text=_("e.g. 11"))

    class Meta(Taxonomy.Meta):
        verbose_name = _("job category")
        verbose_name_plural = _("job categories")


class EmploymentType(Taxonomy):
    class GoogleType(models.TextChoices):
        FULL_TIME = "FULL_TIME", "FULL_TIME"
        PART_TIME = "PART_TIME", "PART_TIME"
        CONTRACTOR = "CONTRACTOR", "CONTRACTOR"
        TEMPORARY = "TEMPORARY", "TEMPORARY"
        INTERN = "INTERN", "INTERN"
        VOLUNTEER = "VOLUNTEER", "VOLUNTEER"
        PER_DIEM = "PER_DIEM", "PER_DIEM"
        OTHER = "OTHER", "OTHER"

    google_type = models.CharField(
        _("Google employmentType"),
        max_length=20,
        choices=GoogleType.choices,
        default=GoogleType.OTHER,
        help_text=_("How search engines should read this type (schema.org employmentType)."),
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("employment type")
        verbose_name_plural = _("employment types")


class Area(Taxonomy):
    """A district of Himi, or 「氷見市外」."""

    in_himi = models.BooleanField(
        _("in Himi"), default=True, help_text=_("Off for places outside the city.")
    )

    class Meta(Taxonomy.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")


class WelcomeTag(Taxonomy):
    """Who is especially welcome (未経験歓迎, 移住者歓迎 ...)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("welcome tag")
        verbose_name_plural = _("welcome tags")

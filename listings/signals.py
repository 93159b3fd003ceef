from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from listings.models import Area, EmploymentType, JobCategory, WelcomeTag
from listings.taxonomy_cache import forget_taxonomy_choices

TAXONOMIES = (JobCategory, EmploymentType, Area, WelcomeTag)


@receiver(post_save)
@receiver(post_delete)
def refresh_taxonomy_choices(sender, **kwargs):
    if sender in TAXONOMIES:
        forget_taxonomy_choices(sender)

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page

from home.roles import grant_section_to_writers


@receiver(post_save)
def open_new_sections_to_writers(sender, instance, created, raw=False, **kwargs):
    """A new section index that writers contribute to gets their permissions at once, so a
    fresh site needs no hand-made permission before writers can start."""
    contributes = getattr(instance, "writers_contribute", False)
    if created and not raw and contributes and isinstance(instance, Page):
        grant_section_to_writers(instance)

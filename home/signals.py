from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.navigation import forget_menus
from home.roles import grant_section_to_writers


@receiver(post_save)
def open_new_sections_to_writers(sender, instance, created, raw=False, **kwargs):
    """A new section index that writers contribute to gets their permissions at once, so a
    fresh site needs no hand-made permission before writers can start."""
    contributes = getattr(instance, "writers_contribute", False)
    if created and not raw and contributes and isinstance(instance, Page):
        grant_section_to_writers(instance)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def refresh_menus(sender, **kwargs):
    forget_menus()


@receiver(post_delete)
def refresh_menus_after_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_menus()

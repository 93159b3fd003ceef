"""Receivers for page changes, each bound to the models that send it (connect() runs in
HomeConfig.ready(), when every app's models are loaded)."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.navigation import forget_menus
from home.roles import grant_section_to_writers


def open_new_sections_to_writers(sender, instance, created, raw=False, **kwargs):
    """A new section index that writers contribute to gets their permissions at once, so a
    fresh site needs no hand-made permission before writers can start."""
    if created and not raw:
        grant_section_to_writers(instance)


def refresh_menus(sender, **kwargs):
    forget_menus()


def connect():
    """Wagtail sends page signals (and Django post_save) with the page's own class as the
    sender, so receivers are bound to each concrete page model, as Wagtail's frontend cache
    does. A deleted page always deletes its `Page` row, so post_delete needs only `Page`."""
    for model in get_page_models():
        if getattr(model, "writers_contribute", False):
            post_save.connect(open_new_sections_to_writers, sender=model)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(refresh_menus, sender=model)
    post_delete.connect(refresh_menus, sender=Page)

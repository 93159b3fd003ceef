"""Wagtail hooks of the columns section: its figure on the transparency page."""

from wagtail import hooks

from columns import transparency
from home.commons.transparency import FIGURES_HOOK

# The columns' figure on the transparency page.
hooks.register(FIGURES_HOOK, transparency.figures, order=20)
